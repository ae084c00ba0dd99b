package io.cinechrome.site.page;

/**
 * One palette colour as shown: hex, RGB, share and name.
 *
 * @param hex   {@code #rrggbb}
 * @param rgb   {@code 27, 47, 110}
 * @param share share of the film, e.g. {@code 34%} or {@code 0.4%}; empty when the shares are unknown
 * @param name  the nearest colour name, e.g. {@code deep blue}
 * @param width the share as a CSS percentage for bar widths, e.g. {@code 34.12%}
 */
public record SwatchView(String hex, String rgb, String share, String name, String width) {

    /** The custom property naming an element's colour, which static/cinechrome.css paints (a chip, a key, ...). */
    public static final String COLOUR_PROPERTY = "--c";

    public SwatchView {
        if (hex == null || !hex.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("a swatch needs a lower-case #rrggbb colour, was " + hex);
        }
        Checks.text("RGB text", rgb);
        Checks.notNull("share", share);
        Checks.text("colour name", name);
        Checks.text("width", width);
    }

    /** Whether the share is known and shown. */
    public boolean hasShare() {
        return !share.isEmpty();
    }

    /** The inline style giving a flex item a width in proportion to the share. */
    public String flex() {
        return "flex:" + width.substring(0, width.length() - 1);
    }

    /** The inline style naming this colour for the style sheet ({@link #COLOUR_PROPERTY}). */
    public String colourStyle() {
        return COLOUR_PROPERTY + ":" + hex;
    }

    /** The inline style painting an element in this colour. */
    public String background() {
        return "background:" + hex;
    }
}
