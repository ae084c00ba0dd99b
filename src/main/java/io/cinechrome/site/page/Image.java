package io.cinechrome.site.page;

/**
 * An image with the text that replaces it.
 *
 * @param src    relative address
 * @param alt    what it shows, naming the film and its colours
 * @param srcset the {@code srcset} attribute (the same image in other sizes), or empty
 */
public record Image(String src, String alt, String srcset) {

    public Image {
        Checks.text("image address", src);
        Checks.text("alt text", alt);
        Checks.notNull("srcset", srcset);
    }

    /** An image in one size only. */
    public Image(String src, String alt) {
        this(src, alt, "");
    }

    /** Whether the image comes in other sizes. */
    public boolean hasSrcset() {
        return !srcset.isEmpty();
    }
}
