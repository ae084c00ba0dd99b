package io.cinechrome.site.page;

/**
 * One poster style of a film as its page shows it: the PNG, its size, and both files to download.
 *
 * @param label  the style's name ("Ring poster")
 * @param image  the PNG with its text alternative
 * @param width  the PNG's width in pixels
 * @param height the PNG's height in pixels
 * @param svg    the SVG to download
 * @param png    the PNG to download
 */
public record PosterView(String label, Image image, int width, int height, Link svg, Link png) {

    public PosterView {
        Checks.text("poster label", label);
        Checks.notNull("poster image", image);
        Checks.notNull("poster SVG", svg);
        Checks.notNull("poster PNG", png);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a poster has a size, was " + width + "x" + height);
        }
    }
}
