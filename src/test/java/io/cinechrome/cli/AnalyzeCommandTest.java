package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.testing.TestVideos;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code analyze} command end to end: a small generated library into a temporary catalogue. */
class AnalyzeCommandTest {

    @TempDir
    static Path root;
    static Path library;

    @BeforeAll
    static void makeLibrary() throws Exception {
        library = root.resolve("library");
        Path heat = library.resolve("Heat (1995, Michael Mann)");
        Files.createDirectories(heat);
        TestVideos.video().segment("#1f3a93", 2).segment("#16a085", 1).write(heat.resolve("Heat.mp4"));
        TestVideos.video().segment("#c0392b", 2).write(library.resolve("Amélie (2001, Jean-Pierre Jeunet).mp4"));
        Files.writeString(library.resolve("Broken (1999).mkv"), "not a video");
    }

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
    void analysesEveryGoodFilmReportsTheBadOneAndExitsOne() throws Exception {
        Path catalog = root.resolve("catalog-a");
        Result result = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "12", "--threads", "2");
        assertEquals(1, result.exit(), result.out() + result.err());
        assertEquals(List.of("amelie-2001.json", "heat-1995.json"), files(catalog));
        assertTrue(result.out().contains("FAILED Broken (1999): ") && result.out().contains("Broken (1999).mkv"),
                result.out());
        assertTrue(result.out().contains("Analysis: 2 analysed, 0 up to date, 1 failed"), result.out());
        String heat = Files.readString(catalog.resolve("heat-1995.json"));
        assertTrue(heat.contains("\"title\": \"Heat\"") && heat.contains("\"director\": \"Michael Mann\""), heat);

        Result again = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "12");
        assertTrue(again.out().contains("0 analysed, 2 up to date, 1 failed"), again.out());

        Result otherSettings = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "16", "--only", "Heat");
        assertTrue(otherSettings.out().contains("1 analysed, 0 up to date, 0 failed"), otherSettings.out());
        assertEquals(0, otherSettings.exit());

        Path heatJson = catalog.resolve("heat-1995.json");
        Files.writeString(heatJson, Files.readString(heatJson).replace(
                "\"analyzer\": " + AnalysisSettings.CURRENT_ANALYZER,
                "\"analyzer\": " + (AnalysisSettings.CURRENT_ANALYZER - 1)));
        Result olderMethod = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "16", "--only", "Heat");
        assertTrue(olderMethod.out().contains("1 analysed, 0 up to date"), "made by an older analyzer: " + olderMethod.out());

        Result forced = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "16", "--only", "heat-1995", "--force");
        assertTrue(forced.out().contains("1 analysed, 0 up to date"), forced.out());
    }

    @Test
    void twoRunsGiveByteIdenticalCatalogues() throws Exception {
        Path first = root.resolve("catalog-1");
        Path second = root.resolve("catalog-2");
        run("analyze", "--library", library.toString(), "--catalog", first.toString(), "--threads", "1");
        run("analyze", "--library", library.toString(), "--catalog", second.toString(), "--threads", "2");
        assertEquals(files(first), files(second));
        for (String name : files(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void usageErrorsExitTwoWithTheMessageAndTheSynopsis() {
        Result missing = run("analyze", "--catalog", "x");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--library is required") && missing.err().contains("usage: java -jar"),
                missing.err());
        Result badNumber = run("analyze", "--library", "x", "--stripes", "many");
        assertEquals(2, badNumber.exit());
        assertTrue(badNumber.err().contains("--stripes needs a whole number"), badNumber.err());
        Result badMode = run("analyze", "--library", "x", "--sampling", "slow");
        assertEquals(2, badMode.exit());
        assertTrue(badMode.err().contains("unknown sampling mode 'slow'"), badMode.err());
        assertEquals(2, run("analyse-typo").exit());
        assertEquals(2, run("analyze", "--no-such-option").exit());
        assertEquals(2, run().exit());
    }

    @Test
    void helpExitsZeroForEveryCommand() {
        for (String command : List.of("analyze", "render", "build")) {
            Result help = run(command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().contains("usage: java -jar cinechrome.jar " + command), help.out());
        }
        assertEquals(0, run("--help").exit());
    }

    @Test
    void missingLibraryFolderFailsWithExitOne() {
        Result result = run("analyze", "--library", root.resolve("nowhere").toString(), "--catalog",
                root.resolve("c").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("nowhere") && result.err().contains("does not exist"), result.err());
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
