package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library of real footage (../shared/media, skipped when absent) built into a gallery end to end. */
class RealLibraryBuildTest {

    private static final Path CLIP = Path.of(System.getProperty("cinechrome.projectDir", "."))
            .resolve("../shared/media/cityCC0.mpg");

    @Test
    void realClipsBecomeCatalogueEntriesPostersAndPages(@TempDir Path root) throws Exception {
        assumeTrue(Files.isRegularFile(CLIP), "no shared media clip at " + CLIP);
        Path library = root.resolve("library");
        Files.createDirectories(library.resolve("Rue de la Ville (2010, Kivy Team)"));
        Files.copy(CLIP, library.resolve("Rue de la Ville (2010, Kivy Team)/city.mpg"));
        Files.copy(CLIP, library.resolve("東京の街 (2012).mpg"));
        Path catalog = root.resolve("catalog");
        Path site = root.resolve("site");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = new Main(stream, stream, false).run("build", "--library", library.toString(), "--catalog",
                catalog.toString(), "--site", site.toString());

        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log);
        assertTrue(log.contains("Analysis: 2 analysed, 0 up to date, 0 failed"), log);
        String entry = Files.readString(catalog.resolve("rue-de-la-ville-2010.json"));
        assertTrue(entry.contains("\"durationSeconds\": 7.6") && entry.contains("\"blackAndWhite\": false"), entry);
        for (String page : List.of("index.html", "films/rue-de-la-ville-2010/index.html",
                "img/rue-de-la-ville-2010/poster.png", "img/rue-de-la-ville-2010/palette.svg")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("東京の街") && index.contains("Rue de la Ville"), "both films listed");
    }
}
