package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.testing.TestVideos;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} and {@code render} end to end: a small generated library into a temporary site. */
class BuildCommandTest {

    private static final int PNG_COLOUR_TYPE_AT = 25;
    private static final int COLOUR_TYPE_INDEXED = 3;
    private static final int COLOUR_TYPE_RGB = 2;

    @TempDir
    Path root;

    private String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false).run(args);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, text);
        return text;
    }

    private Path library() throws Exception {
        Path library = root.resolve("library");
        Path heat = library.resolve("Heat (1995, Michael Mann)");
        Files.createDirectories(heat);
        TestVideos.video().segment("#1f3a93", 2).segment("#e67e22", 1).write(heat.resolve("Heat.mp4"));
        TestVideos.video().segment("#c0392b", 1).segment("#27ae60", 1)
                .write(library.resolve("Amélie (2001, Jean-Pierre Jeunet).mp4"));
        return library;
    }

    private String[] build(Path library, Path catalog, Path site) {
        return new String[] {"build", "--library", library.toString(), "--catalog", catalog.toString(),
            "--site", site.toString(), "--stripes", "24", "--base-path", "/repo/",
            "--site-url", "https://example.org/repo/", "--threads", "2"};
    }

    @Test
    void buildsCatalogueImagesAndPagesAndFollowsTheLibrary() throws Exception {
        Path library = library();
        Path catalog = root.resolve("catalog");
        Path site = root.resolve("site");

        String first = run(0, build(library, catalog, site));
        assertTrue(first.contains("Analysis: 2 analysed"), first);
        for (String path : List.of("index.html", "films/heat-1995/index.html", "films/amelie-2001/index.html",
                "img/heat-1995/poster.png", "img/heat-1995/poster.svg", "img/amelie-2001/barcode.png",
                "img/amelie-2001/social.png", "data/films.json", "sitemap.xml", "404.html", ".nojekyll")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.indexOf("Amélie") < index.indexOf("Heat"), "sorted by title");

        String second = run(0, build(library, catalog, site));
        assertTrue(second.contains("0 analysed, 2 up to date") && second.contains("0 rendered, 2 up to date"), second);

        Files.delete(library.resolve("Amélie (2001, Jean-Pierre Jeunet).mp4"));
        run(0, build(library, catalog, site));
        assertFalse(Files.exists(site.resolve("films/amelie-2001")));
        assertFalse(Files.exists(site.resolve("img/amelie-2001")));
        assertFalse(Files.exists(catalog.resolve("amelie-2001.json")));
        assertTrue(Files.exists(site.resolve("films/heat-1995/index.html")));
        assertTrue(Files.exists(library.resolve("Heat (1995, Michael Mann)/Heat.mp4")), "nothing outside site/");
    }

    @Test
    void renderFromTheCatalogueAloneGivesTheSameSiteByteForByte() throws Exception {
        Path library = library();
        Path catalog = root.resolve("catalog");
        Path built = root.resolve("site-built");
        run(0, build(library, catalog, built));
        Path rendered = root.resolve("site-rendered");
        run(0, "render", "--catalog", catalog.toString(), "--site", rendered.toString(), "--base-path", "/repo/",
                "--site-url", "https://example.org/repo/");
        List<String> files = tree(built);
        assertEquals(files, tree(rendered));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(built.resolve(file)), Files.readAllBytes(rendered.resolve(file)), file);
        }
    }

    @Test
    void emptyLibraryIsNotPrunedAway() throws Exception {
        Path library = library();
        Path catalog = root.resolve("catalog");
        Path site = root.resolve("site");
        run(0, build(library, catalog, site));
        Path empty = Files.createDirectories(root.resolve("unmounted"));
        String output = run(1, build(empty, catalog, site));
        assertTrue(output.contains("has no films"), output);
        assertTrue(Files.exists(site.resolve("films/heat-1995/index.html")));
        assertEquals(2, tree(catalog).size());
    }

    @Test
    void renderReportsABrokenCatalogueFileExitsOneAndStillBuildsTheRest() throws Exception {
        Path library = library();
        Path catalog = root.resolve("catalog");
        Path site = root.resolve("site");
        run(0, build(library, catalog, site));
        Path broken = catalog.resolve("alien-1979.json");
        Files.writeString(broken, "{ not json");
        String output = run(1, "render", "--catalog", catalog.toString(), "--site", site.toString());
        assertTrue(output.contains("alien-1979.json") && output.contains("not valid JSON"), output);
        assertTrue(Files.exists(site.resolve("films/heat-1995/index.html")));
        assertEquals("{ not json", Files.readString(broken));
    }

    @Test
    void posterSizeIsConfigurableAndBadSettingsAreUsageErrors() throws Exception {
        Path library = library();
        Path catalog = root.resolve("catalog");
        Path site = root.resolve("site");
        run(0, "build", "--library", library.toString(), "--catalog", catalog.toString(), "--site", site.toString(),
                "--stripes", "24", "--poster-size", "512", "--thumb-size", "128", "--no-credits", "--poster-style", "ring");
        BufferedImage poster = ImageIO.read(site.resolve("img/heat-1995/poster.png").toFile());
        assertEquals(512, poster.getWidth());
        assertEquals(512, poster.getHeight());
        assertEquals(128, ImageIO.read(site.resolve("img/heat-1995/poster-thumb.png").toFile()).getWidth());
        assertFalse(Files.readString(site.resolve("img/heat-1995/poster.svg")).contains("Michael Mann"), "no credits");
        assertFalse(Files.exists(site.resolve("img/heat-1995/social.png")), "no site URL: no Open Graph image to link");
        assertFalse(Files.readString(site.resolve("films/heat-1995/index.html")).contains("social.png"));

        assertEquals(COLOUR_TYPE_INDEXED, colourType(site.resolve("img/heat-1995/poster-ring.png")), "indexed by default");
        run(0, "render", "--catalog", catalog.toString(), "--site", site.toString(), "--poster-size", "512",
                "--thumb-size", "128", "--no-credits", "--poster-style", "ring", "--lossless-png");
        assertEquals(COLOUR_TYPE_RGB, colourType(site.resolve("img/heat-1995/poster-ring.png")), "--lossless-png");

        String tiny = run(2, "render", "--catalog", catalog.toString(), "--site", site.toString(), "--poster-size", "10");
        assertTrue(tiny.contains("poster"), tiny);
        String clash = run(2, "render", "--catalog", catalog.toString(), "--site", site.toString(),
                "--base-path", "/a/", "--site-url", "https://example.org/b/");
        assertTrue(clash.contains("base path"), clash);
    }

    @Test
    void printFilesCanBeLeftToTheBrowserAndBroughtBack() throws Exception {
        Path library = library();
        Path catalog = root.resolve("catalog");
        Path site = root.resolve("site");
        Path images = site.resolve("img/heat-1995");
        run(0, "build", "--library", library.toString(), "--catalog", catalog.toString(), "--site", site.toString(),
                "--stripes", "24", "--downloads", "browser");
        assertTrue(Files.isRegularFile(images.resolve("prints.json.deflate")));
        assertFalse(Files.exists(images.resolve("poster.png")), "no print file saved");
        assertTrue(Files.isRegularFile(site.resolve("films/heat-1995/palette.deflate")));
        assertFalse(Files.exists(site.resolve("films/heat-1995/palette.ase")), "the palette files are in the bundle");
        assertTrue(Files.readString(site.resolve("films/heat-1995/index.html")).contains("data-prints="));

        run(0, "render", "--catalog", catalog.toString(), "--site", site.toString());
        assertTrue(Files.isRegularFile(images.resolve("poster.png")), "the print files come back");
        assertFalse(Files.exists(images.resolve("prints.json.deflate")), "and the sources go");
        assertFalse(Files.exists(site.resolve("films/heat-1995/palette.deflate")));
        assertTrue(Files.isRegularFile(site.resolve("films/heat-1995/palette.ase")), "saved again, one a file");
        assertFalse(Files.readString(site.resolve("films/heat-1995/index.html")).contains("data-prints="));

        String bad = run(2, "render", "--catalog", catalog.toString(), "--site", site.toString(), "--downloads", "paper");
        assertTrue(bad.contains("--downloads must be one of files, browser"), bad);
    }

    /** The colour type in a PNG's header: 3 palette-indexed, 2 truecolour. */
    private static int colourType(Path png) throws IOException {
        return Files.readAllBytes(png)[PNG_COLOUR_TYPE_AT];
    }

    private static List<String> tree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        }
    }
}
