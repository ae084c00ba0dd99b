package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.testing.ImportFixtures;
import io.cinechrome.testing.TestVideos;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code import} command: usage, exit codes, and how imported entries meet entries analysed from video. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutFilesItIsAUsageError() {
        Result result = run("import", "--catalog", dir.resolve("catalog").toString());
        assertEquals(Main.USAGE, result.exit());
        assertTrue(result.err().contains("--from is required"), result.err());
        assertFalse(Files.exists(dir.resolve("catalog")));
    }

    @Test
    void goodFilesExitZeroAndABadOneExitsOne() throws Exception {
        Path db = ImportFixtures.notebookDatabase(dir.resolve("movies.db"));
        Path json = ImportFixtures.notebookJson(dir.resolve("movies_palettes.json"));
        Path notes = Files.writeString(dir.resolve("notes.csv"), "just some words\n");
        String catalog = dir.resolve("catalog").toString();

        Result good = run("import", "--from", json.toString(), "--catalog", catalog);
        assertEquals(0, good.exit(), good.out() + good.err());
        assertTrue(good.out().contains("2 imported, 0 unchanged, 1 without a palette, 0 kept, 0 failed"), good.out());
        assertTrue(good.out().contains("not imported movies_palettes.json: Chungking Express (1994): no palette"
                + " (No movie file found)"), good.out());

        Result mixed = run("import", "--from", db.toString(), notes.toString(), "--catalog", catalog);
        assertEquals(1, mixed.exit(), mixed.out());
        assertTrue(mixed.out().contains("3 imported, 0 unchanged, 2 without a palette, 0 kept, 2 failed"), mixed.out());
        assertTrue(mixed.out().contains("FAILED " + notes + " is none of the files cinechrome import reads"),
                mixed.out());
    }

    @Test
    void aLaterAnalysisReplacesTheImportedEntryAndTheImportKeepsIt() throws Exception {
        Path library = dir.resolve("library");
        Path heatFolder = library.resolve("Heat (1995, Michael Mann)");
        Files.createDirectories(heatFolder);
        TestVideos.video().segment("#1f3a93", 2).segment("#16a085", 1).write(heatFolder.resolve("Heat.mp4"));
        Path db = ImportFixtures.notebookDatabase(dir.resolve("movies.db"));
        Path catalog = dir.resolve("catalog");
        Path heat = catalog.resolve("heat-1995.json");

        run("import", "--from", db.toString(), "--catalog", catalog.toString());
        assertTrue(Files.readString(heat).contains("\"origin\""));
        Result analysed = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "12", "--threads", "1");
        assertTrue(analysed.out().contains("1 analysed, 0 up to date"), "an imported entry is not up to date: "
                + analysed.out());
        String fromVideo = Files.readString(heat);
        assertTrue(fromVideo.contains("\"source\"") && !fromVideo.contains("\"origin\""), fromVideo);
        assertEquals(12, fromVideo.split("\"#", -1).length - 1 - paletteSize(fromVideo));

        byte[] before = Files.readAllBytes(heat);
        Result kept = run("import", "--from", db.toString(), "--catalog", catalog.toString());
        assertEquals(1, kept.exit(), "the fixture's broken film: " + kept.out());
        assertTrue(kept.out().contains("kept heat-1995 (from movies.db): already analysed from video, kept;"
                + " --force replaces it with the imported palette"), kept.out());
        assertArrayEquals(before, Files.readAllBytes(heat));
        Result again = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "12");
        assertTrue(again.out().contains("0 analysed, 1 up to date"), again.out());

        run("import", "--from", db.toString(), "--catalog", catalog.toString(), "--force");
        assertTrue(Files.readString(heat).contains("\"origin\""), "--force replaces the analysed entry");
    }

    @Test
    void buildNeitherPrunesNorHidesImportedFilms() throws Exception {
        Path library = dir.resolve("library");
        Files.createDirectories(library);
        TestVideos.video().segment("#c0392b", 2).write(library.resolve("Amélie (2001, Jean-Pierre Jeunet).mp4"));
        Path catalog = dir.resolve("catalog");
        Path site = dir.resolve("site");
        run("import", "--from", ImportFixtures.notebookJson(dir.resolve("movies_palettes.json")).toString(),
                "--catalog", catalog.toString());

        Result build = run("build", "--library", library.toString(), "--catalog", catalog.toString(), "--site",
                site.toString(), "--stripes", "12", "--poster-size", "300", "--thumb-size", "150", "--threads", "1");
        assertEquals(0, build.exit(), build.out() + build.err());
        for (String slug : new String[] {"amelie-2001", "collateral-2004", "in-the-mood-for-love-2000"}) {
            assertTrue(Files.isRegularFile(catalog.resolve(slug + ".json")), slug);
            assertTrue(Files.isRegularFile(site.resolve("films").resolve(slug).resolve("index.html")), slug);
        }
    }

    private static int paletteSize(String json) {
        return json.split("\"hex\"", -1).length - 1;
    }
}
