package io.cinechrome.render.text;

/**
 * What a block of text must fit into and how it looks. Sizes are in pixels (user units of the SVG).
 *
 * @param face           the typeface (its fallbacks draw missing characters)
 * @param maxFontSize    the size used when the text fits at it
 * @param minFontSize    below this size the text may take more than {@code preferredLines} lines
 * @param floorFontSize  the smallest size tried; text that does not fit even there is an error
 * @param maxWidth       the widest a line may be
 * @param maxHeight      the tallest the block may be (lines times line height)
 * @param preferredLines the most lines used while the size is at least {@code minFontSize}
 * @param lineHeightEm   distance between baselines, in em
 * @param letterSpacingEm extra space after each character, in em
 */
public record TextSpec(TypeFace face, double maxFontSize, double minFontSize, double floorFontSize, double maxWidth,
                       double maxHeight, int preferredLines, double lineHeightEm, double letterSpacingEm) {

    public TextSpec {
        if (face == null) {
            throw new IllegalArgumentException("a text spec needs a typeface");
        }
        if (!(floorFontSize > 0 && floorFontSize <= minFontSize && minFontSize <= maxFontSize)) {
            throw new IllegalArgumentException("font sizes must satisfy 0 < floor <= min <= max, were "
                    + floorFontSize + ", " + minFontSize + ", " + maxFontSize);
        }
        if (!(maxWidth > 0 && maxHeight > 0 && lineHeightEm > 0 && letterSpacingEm >= 0)) {
            throw new IllegalArgumentException("width, height and line height must be positive, letter spacing >= 0");
        }
        if (preferredLines < 1) {
            throw new IllegalArgumentException("preferred lines must be at least 1, was " + preferredLines);
        }
    }
}
