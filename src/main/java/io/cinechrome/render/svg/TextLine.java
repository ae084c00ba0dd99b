package io.cinechrome.render.svg;

import io.cinechrome.colour.Rgb;
import io.cinechrome.render.text.TypeFace;

/**
 * One line of text to draw.
 *
 * @param text          the characters (escaped when written)
 * @param x             anchor position
 * @param y             baseline position
 * @param face          typeface, with its fallbacks
 * @param fontSize      size in pixels
 * @param colour        fill colour
 * @param anchor        which point of the line sits at {@code x}
 * @param letterSpacing extra space after each character, pixels
 * @param rotation      degrees clockwise around (x, y); 0 for none
 */
public record TextLine(String text, double x, double y, TypeFace face, double fontSize, Rgb colour, Anchor anchor,
                       double letterSpacing, double rotation) {

    public TextLine {
        if (text == null || face == null || colour == null || anchor == null) {
            throw new IllegalArgumentException("a text line needs text, a face, a colour and an anchor");
        }
        if (!(fontSize > 0) || !(letterSpacing >= 0)) {
            throw new IllegalArgumentException("font size must be positive and letter spacing >= 0");
        }
    }

    /** Where a line sits relative to its x position. */
    public enum Anchor {
        START("start"), MIDDLE("middle");

        private final String svgValue;

        Anchor(String svgValue) {
            this.svgValue = svgValue;
        }

        /** The {@code text-anchor} value. */
        String svgValue() {
            return svgValue;
        }
    }
}
