package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web fonts: Lato as small WOFF2 subsets, the CJK fallback and the poster fonts cut to the gallery's characters
 * at build time.
 */
class WebFontsTest {

    private static final Path STATIC_FONTS = Path.of("static/fonts");
    private static final int WOFF2_MAX_BYTES = 34 * 1024;
    private static final int SUBSET_MAX_BYTES = 8 * 1024;

    @TempDir
    Path temp;

    @Test
    void latoForTheWebIsSmallWoff2() throws IOException {
        for (String name : List.of("lato-light-latin", "lato-light-latin-ext", "lato-regular-latin",
                "lato-regular-latin-ext")) {
            byte[] font = Files.readAllBytes(STATIC_FONTS.resolve("web/" + name + ".woff2"));
            assertEquals("wOF2", new String(font, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), name);
            assertTrue(font.length < WOFF2_MAX_BYTES, name + " is " + font.length + " bytes");
        }
    }

    @Test
    void cjkSubsetHoldsExactlyTheGallerysCharacters() throws IOException {
        Path site = temp.resolve("site");
        new SiteStage(SiteSettings.defaults()).generate(SiteFixture.films(), site);
        byte[] subset = Files.readAllBytes(site.resolve(WebFonts.FALLBACK_SUBSET));
        long full = Files.size(STATIC_FONTS.resolve("DroidSansFallback.ttf"));
        assertTrue(subset.length < SUBSET_MAX_BYTES, "subset is " + subset.length + " of " + full + " bytes");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int codePoint : "千と千尋の神隠し宮崎駿".codePoints().toArray()) {
                assertNotEquals(0, cmap.getGlyphId(codePoint), Character.toString(codePoint) + " is missing");
            }
            assertEquals(0, cmap.getGlyphId('東'), "a character no title uses");
            assertTrue(font.getNumberOfGlyphs() < 30, font.getNumberOfGlyphs() + " glyphs");
        }
        Path again = temp.resolve("again");
        new SiteStage(SiteSettings.defaults()).generate(SiteFixture.films(), again);
        assertArrayEquals(subset, Files.readAllBytes(again.resolve(WebFonts.FALLBACK_SUBSET)), "not deterministic");
    }

    @Test
    void posterFontsHoldTheGallerysLettersAndLittleElse() throws IOException {
        Path site = temp.resolve("site");
        new SiteStage(SiteSettings.defaults()).generate(SiteFixture.films(), site);
        for (String name : WebFonts.POSTER_FONTS) {
            byte[] subset = Files.readAllBytes(site.resolve(name));
            long full = Files.size(STATIC_FONTS.resolve(name.substring("fonts/".length())));
            assertTrue(subset.length * 10 < full, name + " is " + subset.length + " of " + full + " bytes");
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                boolean cjk = name.equals(WebFonts.FALLBACK_FONT);
                String drawn = cjk ? "千と千尋の神隠し宮崎駿" : "AMÉLIE Amélie #0F1A45 1995 · JEAN-PIERRE";
                for (int codePoint : drawn.codePoints().toArray()) {
                    assertNotEquals(0, cmap.getGlyphId(codePoint), name + ": " + Character.toString(codePoint));
                }
                assertEquals(0, cmap.getGlyphId(cjk ? '東' : 'Ж'), name + ": a letter no film uses");
            }
        }
        Path again = temp.resolve("again");
        new SiteStage(SiteSettings.defaults()).generate(SiteFixture.films(), again);
        for (String name : WebFonts.POSTER_FONTS) {
            assertArrayEquals(Files.readAllBytes(site.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }

        List<CatalogEntry> withNewLetters = new ArrayList<>(SiteFixture.films());
        CatalogEntry first = withNewLetters.remove(0);
        withNewLetters.add(first.withName("Жизнь", first.year(), first.director()));
        new SiteStage(SiteSettings.defaults()).generate(withNewLetters, site);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(
                Files.readAllBytes(site.resolve("fonts/Lato-Light.ttf"))))) {
            assertNotEquals(0, font.getUnicodeCmapLookup().getGlyphId('Ж'), "a new title's letters are cut in");
        }
    }

    @Test
    void aBrokenPosterFontIsNamedWithItsFix() throws IOException {
        Path staticDir = temp.resolve("static");
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("static"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = staticDir.resolve(Path.of("static").relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Files.writeString(staticDir.resolve("fonts/Lato-Light.ttf"), "not a font");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new SiteStage(SiteSettings.defaults().withStaticDir(staticDir))
                        .generate(SiteFixture.films(), temp.resolve("site")));
        assertTrue(e.getMessage().contains("fonts/Lato-Light.ttf") && e.getMessage().contains("from git"),
                e.getMessage());
    }

    @Test
    void capitalsOfTheCreditsAreDrawnToo() {
        Set<Integer> drawn = WebFonts.posterCodePoints(List.of(SiteFixture.films().get(0)
                .withName("Ωμέγα", java.util.OptionalInt.empty(), java.util.Optional.of("Łukasz Żuławski"))));
        for (int codePoint : "ΩμέγαΜΈΓΑŁŻ".codePoints().toArray()) {
            assertTrue(drawn.contains(codePoint), Character.toString(codePoint));
        }
    }

    @Test
    void onlyCjkCharactersGoIntoTheSubset() {
        Set<Integer> expected = new TreeSet<>(List.of((int) '宮', (int) 'ア', (int) '한'));
        assertEquals(expected, WebFonts.cjkCodePoints("Amélie 宮 Ida ア Ωμέγα 한 שלום"));
    }
}
