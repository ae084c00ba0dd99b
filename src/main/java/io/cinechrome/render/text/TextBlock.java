package io.cinechrome.render.text;

import java.util.List;

/**
 * Text broken into lines at a measured font size.
 *
 * @param lines      the lines, top to bottom, never empty
 * @param fontSize   the font size in pixels
 * @param lineHeight the distance between baselines in pixels
 * @param width      the width of the widest line in pixels, letter spacing included
 * @param letterSpacing extra space after each character in pixels
 */
public record TextBlock(List<String> lines, double fontSize, double lineHeight, double width, double letterSpacing) {

    public TextBlock {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a text block needs at least one line");
        }
    }

    /** Distance from the first baseline to the last. */
    public double baselineSpan() {
        return (lines.size() - 1) * lineHeight;
    }

    /** Lines times line height: the room the block takes. */
    double height() {
        return lines.size() * lineHeight;
    }
}
