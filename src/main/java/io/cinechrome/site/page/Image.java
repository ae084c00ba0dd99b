package io.cinechrome.site.page;

/**
 * An image with the text that replaces it.
 *
 * @param src relative address
 * @param alt what it shows, naming the film and its colours
 */
public record Image(String src, String alt) {

    public Image {
        Checks.text("image address", src);
        Checks.text("alt text", alt);
    }
}
