package io.cinechrome.render.text;

import java.util.List;

/**
 * The fonts the images use, shipped in {@code static/fonts/}. The family names are the fonts' own names,
 * so the same name finds the font registered with Java (Batik) and the {@code @font-face} rule (browsers).
 */
public enum TypeFace {
    /** Titles: a light, thin cinema face. */
    TITLE("Lato-Light.ttf", "Lato Light"),
    /** Credits and hex codes. */
    TEXT("Lato-Regular.ttf", "Lato"),
    /** Chinese, Japanese and Korean glyphs that Lato lacks. */
    CJK_FALLBACK("DroidSansFallback.ttf", "Droid Sans Fallback");

    /** Where the SVGs in {@code img/<slug>/} find the fonts, which the site copies to {@code fonts/}. */
    public static final String SITE_URL_PREFIX = "../../fonts/";
    private static final String GENERIC_FAMILY = "sans-serif";

    private final String fileName;
    private final String family;

    TypeFace(String fileName, String family) {
        this.fileName = fileName;
        this.family = family;
    }

    /** The font file's name in {@code static/fonts/}. */
    public String fileName() {
        return fileName;
    }

    /** The font's family name. */
    public String family() {
        return family;
    }

    /** The faces to try, in order, for a character this face may lack. */
    List<TypeFace> withFallbacks() {
        return this == CJK_FALLBACK ? List.of(this) : List.of(this, CJK_FALLBACK);
    }

    /** The CSS/SVG {@code font-family} value: this face, its fallbacks, then a generic family. */
    public String cssFamilyList() {
        StringBuilder css = new StringBuilder();
        for (TypeFace face : withFallbacks()) {
            css.append('\'').append(face.family).append("', ");
        }
        return css.append(GENERIC_FAMILY).toString();
    }
}
