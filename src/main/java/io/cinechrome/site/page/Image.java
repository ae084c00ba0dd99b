package io.cinechrome.site.page;

/**
 * An image with the text that replaces it.
 *
 * @param src    relative address
 * @param alt    what it shows, naming the film and its colours
 * @param srcset the {@code srcset} attribute (the same image in other sizes), or empty
 * @param print  the print file the page's script draws in its place (e.g. {@code poster.svg}, when the gallery
 *               leaves print files to the browser; {@code src} is then a stand-in), or empty
 */
public record Image(String src, String alt, String srcset, String print) {

    public Image {
        Checks.text("image address", src);
        Checks.text("alt text", alt);
        Checks.notNull("srcset", srcset);
        Checks.notNull("print", print);
    }

    /** An image in one size only. */
    public Image(String src, String alt) {
        this(src, alt, "");
    }

    /** An image saved in the site. */
    public Image(String src, String alt, String srcset) {
        this(src, alt, srcset, "");
    }

    /** Whether the image comes in other sizes. */
    public boolean hasSrcset() {
        return !srcset.isEmpty();
    }
}
