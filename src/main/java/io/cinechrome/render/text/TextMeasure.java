package io.cinechrome.render.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * Measures text with the registered fonts as the renderers draw it: each character in the first face of the
 * fallback chain that has it. Widths are in em (multiply by the font size), which is exact because
 * fractional metrics make advances proportional to the size.
 */
public final class TextMeasure {

    /** Fonts are measured at this size and scaled down, away from rounding at tiny sizes. */
    private static final float REFERENCE_SIZE = 1000f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Fonts fonts;
    private final Map<TypeFace, Font> reference = new EnumMap<>(TypeFace.class);

    /** A measure over the shipped fonts. */
    public TextMeasure(Fonts fonts) {
        this.fonts = fonts;
        for (TypeFace face : TypeFace.values()) {
            reference.put(face, fonts.font(face).deriveFont(REFERENCE_SIZE));
        }
    }

    /** The advance width of the text in em, without letter spacing. */
    double widthEm(String text, TypeFace face) {
        double width = 0;
        int runStart = 0;
        TypeFace runFace = null;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            TypeFace charFace = fonts.faceFor(face, text.codePointAt(i));
            if (charFace != runFace) {
                width += runWidth(text.substring(runStart, i), runFace);
                runStart = i;
                runFace = charFace;
            }
        }
        return width + runWidth(text.substring(runStart), runFace);
    }

    /** The height of a capital letter in em, to centre text on its visible glyphs. */
    double capHeightEm(TypeFace face) {
        Font font = reference.get(face);
        return font.createGlyphVector(CONTEXT, "H").getVisualBounds().getHeight() / REFERENCE_SIZE;
    }

    private double runWidth(String run, TypeFace face) {
        if (run.isEmpty() || face == null) {
            return 0;
        }
        return reference.get(face).getStringBounds(run, CONTEXT).getWidth() / REFERENCE_SIZE;
    }
}
