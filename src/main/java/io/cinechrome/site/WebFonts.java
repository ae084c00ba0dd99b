package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the site serves, cut down at build time to the characters the gallery shows. The only class that uses
 * Apache FontBox; a subset depends only on the characters, so it is byte-identical per run.
 * <ul>
 *   <li>The pages' CJK fallback: the full Droid Sans Fallback is 3.4 MB, a subset for a few dozen titles a few
 *   KB.</li>
 *   <li>The poster fonts in {@code fonts/}, which poster SVGs load with {@code @font-face} and a film page's script
 *   draws PNGs with: 4.7 MB as shipped, the same 4.7 MB in every gallery (4.7 KB a film at 1,000 films), a few
 *   dozen KB cut to the printable ASCII and Latin-1 letters, general punctuation and every letter of the films'
 *   titles and directors (as written and in capitals, as the credits draw them). The render stage draws its own
 *   PNGs with the full fonts from the jar.</li>
 * </ul>
 * A subset keeps the tables that draw glyphs ({@link #TABLES}); the kerning pairs ({@code GPOS}) go, as FontBox
 * cannot renumber them.
 */
final class WebFonts {

    /** The full fallback font among the static files (copied from {@code static/fonts/}). */
    static final String FALLBACK_FONT = "fonts/DroidSansFallback.ttf";
    /** Where the subset goes; {@code static/cinechrome.css} loads it for the CJK ranges below. */
    static final String FALLBACK_SUBSET = "fonts/web/droid-sans-fallback-subset.ttf";

    /** The ranges of the subset's {@code @font-face unicode-range} in cinechrome.css: CJK, kana, hangul. */
    private static final int[][] CJK_RANGES = {
        {0x2E80, 0x2FFF}, {0x3000, 0x30FF}, {0x3100, 0x9FFF}, {0xAC00, 0xD7AF}, {0xF900, 0xFAFF}, {0xFF00, 0xFFEF}};

    /** Bump when the subsetting changes, so every gallery's fonts are cut again. */
    static final int VERSION = 1;
    /** The poster fonts among the static files: the titles' face, the credits' face and the CJK fallback. */
    static final List<String> POSTER_FONTS = List.of("fonts/Lato-Light.ttf", "fonts/Lato-Regular.ttf",
            FALLBACK_FONT);
    /**
     * What every poster font keeps whatever the titles: printable ASCII, Latin-1 and general punctuation, which
     * hold the hex codes, digits and the credits' separator the drawings add to the titles.
     */
    private static final int[][] ALWAYS_DRAWN = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x2000, 0x206F}};

    /** The tables a browser needs to draw the glyphs; vertical metrics (100 KB in this font) and hinting go. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "post", "name", "OS/2");

    private WebFonts() {
    }

    /** The CJK characters of the films' titles and directors and of the site's title, which the pages show. */
    private static SortedSet<Integer> pageCodePoints(List<CatalogEntry> films, String siteTitle) {
        StringBuilder text = new StringBuilder(siteTitle);
        for (CatalogEntry film : films) {
            text.append(film.title()).append(film.director().orElse(""));
        }
        return cjkCodePoints(text);
    }

    /**
     * The fonts to cut for this gallery: the pages' CJK fallback ({@link #FALLBACK_SUBSET}) and each poster font
     * among the static files (see the class comment), each still to be cut.
     */
    static List<Subset> subsets(List<SiteFile> staticFiles, List<CatalogEntry> films, String siteTitle) {
        List<Subset> subsets = new ArrayList<>();
        SortedSet<Integer> drawn = posterCodePoints(films);
        for (SiteFile file : staticFiles) {
            if (file.path().equals(FALLBACK_FONT)) {
                subsets.add(new Subset(FALLBACK_SUBSET, file, pageCodePoints(films, siteTitle)));
            }
            if (POSTER_FONTS.contains(file.path())) {
                subsets.add(new Subset(file.path(), file, drawn));
            }
        }
        return subsets;
    }

    /**
     * A font to cut down.
     *
     * @param path       where the subset goes in the site
     * @param font       the whole TrueType font among the static files
     * @param codePoints the characters it keeps (those the font has)
     */
    record Subset(String path, SiteFile font, SortedSet<Integer> codePoints) {

        /** What the subset is made from, for its stamp: the font's content and the characters. */
        String inputs() {
            return "font subset " + VERSION + "\n" + font.stamp() + "\n" + codePoints;
        }

        /** The subset's bytes. */
        byte[] cut() {
            return subset(font.content(), codePoints, path);
        }
    }

    /** The code points a poster may draw: {@link #ALWAYS_DRAWN} and the films' titles and directors. */
    static SortedSet<Integer> posterCodePoints(List<CatalogEntry> films) {
        SortedSet<Integer> codePoints = new TreeSet<>();
        for (int[] range : ALWAYS_DRAWN) {
            for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
                codePoints.add(codePoint);
            }
        }
        for (CatalogEntry film : films) {
            String names = film.title() + film.director().orElse("");
            names.codePoints().forEach(codePoints::add);
            names.toUpperCase(Locale.ROOT).codePoints().forEach(codePoints::add);
        }
        return codePoints;
    }

    /** The code points of the text inside the CJK ranges, sorted. */
    static SortedSet<Integer> cjkCodePoints(CharSequence text) {
        SortedSet<Integer> codePoints = new TreeSet<>();
        text.codePoints().filter(WebFonts::isCjk).forEach(codePoints::add);
        return codePoints;
    }

    private static boolean isCjk(int codePoint) {
        for (int[] range : CJK_RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** A TrueType font with only the glyphs of these code points (and .notdef) that the font has. */
    static byte[] subset(byte[] trueType, SortedSet<Integer> codePoints, String name) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueType))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            for (int codePoint : codePoints) {
                if (cmap.getGlyphId(codePoint) != 0) {
                    subsetter.add(codePoint);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot cut the font " + name + ": " + e.getMessage()
                    + "; restore the fonts in static/fonts/ from git", e);
        }
    }
}
