package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK fallback font for the web, cut down at build time to the characters the gallery shows: the full Droid
 * Sans Fallback is 3.4 MB, a subset for a few dozen titles a few KB. The posters keep using the full font. The
 * only class that uses Apache FontBox. The subset depends only on the characters, so it is byte-identical per run.
 */
final class WebFonts {

    /** The full fallback font among the static files (copied from {@code static/fonts/}). */
    static final String FALLBACK_FONT = "fonts/DroidSansFallback.ttf";
    /** Where the subset goes; {@code static/cinechrome.css} loads it for the CJK ranges below. */
    static final String FALLBACK_SUBSET = "fonts/web/droid-sans-fallback-subset.ttf";

    /** The ranges of the subset's {@code @font-face unicode-range} in cinechrome.css: CJK, kana, hangul. */
    private static final int[][] CJK_RANGES = {
        {0x2E80, 0x2FFF}, {0x3000, 0x30FF}, {0x3100, 0x9FFF}, {0xAC00, 0xD7AF}, {0xF900, 0xFAFF}, {0xFF00, 0xFFEF}};

    /** The tables a browser needs to draw the glyphs; vertical metrics (100 KB in this font) and hinting go. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "post", "name", "OS/2");

    private WebFonts() {
    }

    /**
     * The subset of the fallback font with the CJK characters of the films' titles and directors and the site's
     * title, or nothing when the static files carry no fallback font.
     *
     * @param staticFiles the static files, which may hold {@link #FALLBACK_FONT}
     * @param films       every film of the gallery
     * @param siteTitle   the gallery's name
     */
    static Optional<SiteFile> fallbackSubset(List<SiteFile> staticFiles, List<CatalogEntry> films, String siteTitle) {
        Optional<SiteFile> font = staticFiles.stream().filter(f -> f.path().equals(FALLBACK_FONT)).findFirst();
        if (font.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(siteTitle);
        for (CatalogEntry film : films) {
            text.append(film.title()).append(film.director().orElse(""));
        }
        return Optional.of(new SiteFile(FALLBACK_SUBSET, subset(font.get().content(), cjkCodePoints(text))));
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
    static byte[] subset(byte[] trueType, SortedSet<Integer> codePoints) {
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
            throw new IllegalStateException("cannot subset the web font " + FALLBACK_FONT + ": " + e.getMessage()
                    + "; restore static/fonts/DroidSansFallback.ttf from git", e);
        }
    }
}
