package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.Downloads;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The palette exports of a gallery whose browser makes the downloads: one deflated file that holds the four files
 * a gallery with saved files has, byte for byte (the JSON without its stripes, which the page's script writes back).
 */
class PaletteBundleTest {

    private static final Pattern ENTRY = Pattern.compile("\\[\"([^\"]+)\",([0-9]+)]");

    @Test
    void theBundleHoldsTheFourFilesASavedGalleryHasByteForByte() throws Exception {
        for (CatalogEntry film : SiteFixture.films()) {
            List<SiteFile> saved = PaletteExports.of(film, Downloads.FILES);
            List<SiteFile> bundle = PaletteExports.of(film, Downloads.BROWSER);
            assertEquals(List.of("films/" + film.slug() + "/palette.deflate"),
                    bundle.stream().map(SiteFile::path).toList());
            Map<String, byte[]> held = unpacked(bundle.get(0).content());
            assertEquals(List.of("palette.css", "palette.json", "palette.gpl", "palette.ase"),
                    List.copyOf(held.keySet()), "the links' order");
            for (SiteFile file : saved) {
                String name = file.path().substring(file.path().lastIndexOf('/') + 1);
                byte[] expected = name.endsWith(".json")
                        ? PaletteExports.stripesLeftOut(film, FilmsJson.palette(film)).getBytes(StandardCharsets.UTF_8)
                        : file.content();
                assertArrayEquals(expected, held.get(name), film.slug() + " " + name);
            }
            assertArrayEquals(PaletteExports.ase(film), held.get("palette.ase"), "the bytes Java wrote, binary");
        }
    }

    @Test
    void theStageKnowsThePathsWithoutMakingTheFiles() {
        CatalogEntry heat = SiteFixture.films().get(0);
        for (Downloads downloads : Downloads.values()) {
            assertEquals(PaletteExports.of(heat, downloads).stream().map(SiteFile::path).toList(),
                    PaletteExports.paths(heat, downloads), downloads.name());
        }
        assertEquals("palette.deflate", PaletteExports.bundle(Downloads.BROWSER));
        assertEquals("", PaletteExports.bundle(Downloads.FILES), "saved files need no script");
    }

    @Test
    void theSameFilmGivesTheSameBytesInAboutTwoThirdsOfTheSpace() {
        CatalogEntry heat = SiteFixture.films().get(0);
        byte[] bundle = PaletteExports.of(heat, Downloads.BROWSER).get(0).content();
        assertArrayEquals(bundle, PaletteExports.of(heat, Downloads.BROWSER).get(0).content());
        int separate = PaletteExports.of(heat, Downloads.FILES).stream().mapToInt(f -> f.content().length).sum();
        assertTrue(bundle.length < separate * 2 / 3, bundle.length + " bytes against " + separate + " as files");
    }

    @Test
    void theIndexNamesEachFileOnceAndPlainly() {
        SiteFile css = SiteFile.text("films/a/palette.css", ":root {}\n");
        assertEquals("{\"version\":1,\"files\":[[\"palette.css\",9]]}\n", PaletteBundle.index(List.of(css)));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> PaletteBundle.index(List.of(css, SiteFile.text("films/b/palette.css", ""))));
        assertTrue(twice.getMessage().contains("palette.css twice"), twice.getMessage());
        IllegalArgumentException quoted = assertThrows(IllegalArgumentException.class,
                () -> PaletteBundle.index(List.of(SiteFile.text("films/a/pal\"ette.css", ""))));
        assertTrue(quoted.getMessage().contains("plain name"), quoted.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PaletteBundle.index(List.of()));
    }

    /** The files of a bundle by name, in its order, read as static/cinechrome.js reads them. */
    static Map<String, byte[]> unpacked(byte[] deflated) throws DataFormatException {
        byte[] bytes = inflated(deflated);
        int end = 0;
        while (bytes[end] != '\n') {
            end++;
        }
        String index = new String(bytes, 0, end, StandardCharsets.US_ASCII);
        assertTrue(index.startsWith("{\"version\":" + PaletteBundle.VERSION + ",\"files\":["), index);
        Map<String, byte[]> files = new LinkedHashMap<>();
        int at = end + 1;
        Matcher entry = ENTRY.matcher(index);
        while (entry.find()) {
            int size = Integer.parseInt(entry.group(2));
            files.put(entry.group(1), Arrays.copyOfRange(bytes, at, at + size));
            at += size;
        }
        assertEquals(bytes.length, at, "the files fill the bundle");
        return files;
    }

    private static byte[] inflated(byte[] deflated) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
