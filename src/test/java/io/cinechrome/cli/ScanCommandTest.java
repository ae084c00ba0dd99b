package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinechrome.testing.TestVideos;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} and {@code analyze} on a nested library: collections, a film in two parts and a series of two
 * episodes made of generated clips.
 */
class ScanCommandTest {

    @TempDir
    static Path root;
    static Path library;

    @BeforeAll
    static void makeLibrary() throws Exception {
        library = root.resolve("library");
        Path tampopo = Files.createDirectories(library.resolve("Movies/Tampopo (1985)"));
        TestVideos.video().segment("#c0392b", 2).write(tampopo.resolve("Tampopo.cd1.mp4"));
        TestVideos.video().segment("#16a085", 2).write(tampopo.resolve("Tampopo.cd2.mp4"));
        Path series = Files.createDirectories(library.resolve("Series/Dekalog (1989)"));
        TestVideos.video().segment("#1f3a93", 1).write(series.resolve("Dekalog.S01E02.mp4"));
        TestVideos.video().segment("#f1c40f", 1).write(series.resolve("Dekalog.S01E01.mp4"));
        Path dune = Files.createDirectories(library.resolve("Movies/Dune (2021)"));
        Files.writeString(dune.resolve("Dune.Part.One.mkv"), "x");
        Files.writeString(dune.resolve("Dune.Directors.Cut.mkv"), "x");
        TestVideos.video().segment("#c0392b", 1).write(library.resolve("Sour Grapes (Larry David, 1998).mp4"));
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
    void scanPrintsFilmsPartsAndNoticesForPeople() {
        Result result = run("scan", "--library", library.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("3 films (1 series), 1 notice"), result.out());
        assertTrue(result.out().contains("tampopo-1985  Tampopo (1985)  [Movies]  in 2 parts"), result.out());
        assertTrue(result.out().contains("dekalog-1989  Dekalog (1989)  [Series]  series of 2 episodes"), result.out());
        assertTrue(result.out().contains("sour-grapes-1998  Sour Grapes (1998, Larry David)"), result.out());
        assertTrue(result.out().contains("skipped Movies/Dune (2021): "), result.out());
    }

    @Test
    void scanJsonIsOneDocumentScriptsCanRead() throws Exception {
        Result result = run("scan", "--library", library.toString(), "--json");
        assertEquals(0, result.exit(), result.err());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals(3, root.get("films").size());
        JsonNode dekalog = root.get("films").get(0);
        assertEquals("dekalog-1989", dekalog.get("slug").asText());
        assertEquals("series", dekalog.get("kind").asText());
        assertEquals(1989, dekalog.get("year").asInt());
        assertTrue(dekalog.get("director").isNull());
        assertEquals("[\"Series\"]", dekalog.get("collection").toString());
        assertEquals("[\"Series/Dekalog (1989)/Dekalog.S01E01.mp4\",\"Series/Dekalog (1989)/Dekalog.S01E02.mp4\"]",
                dekalog.get("parts").toString());
        JsonNode sour = root.get("films").get(1);
        assertEquals("Larry David", sour.get("director").asText());
        assertEquals("[]", sour.get("collection").toString());
        assertEquals("film", sour.get("kind").asText());
        JsonNode notice = root.get("notices").get(0);
        assertEquals("Movies/Dune (2021)", notice.get("path").asText());
        assertTrue(notice.get("message").asText().contains("Dune.Directors.Cut.mkv"));
    }

    private static int red(String hex) {
        return Integer.parseInt(hex.substring(1, 3), 16);
    }

    private static int green(String hex) {
        return Integer.parseInt(hex.substring(3, 5), 16);
    }

    @Test
    void scanWithoutLibraryIsAUsageError() {
        assertEquals(2, run("scan").exit());
    }

    @Test
    void analyzeJoinsPartsAndEpisodesAndReanalysesWhenOnePartChanges() throws Exception {
        Path catalog = root.resolve("catalog");
        Result result = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "8", "--threads", "1");
        assertEquals(0, result.exit(), "Dune is skipped, which is a notice, not a failure: " + result.out() + result.err());
        assertTrue(result.out().contains("Analysis: 3 analysed, 0 up to date, 0 failed"), result.out());
        JsonNode tampopo = new ObjectMapper().readTree(catalog.resolve("tampopo-1985.json").toFile());
        assertEquals(4.0, tampopo.get("durationSeconds").asDouble(), 0.1);
        assertEquals(2, tampopo.get("source").size());
        assertEquals("Movies/Tampopo (1985)/Tampopo.cd2.mp4", tampopo.get("source").get(1).get("path").asText());
        assertEquals("[\"Movies\"]", tampopo.get("collection").toString());
        assertEquals("film", tampopo.get("kind").asText());
        List<String> stripes = new ArrayList<>();
        tampopo.get("stripes").forEach(s -> stripes.add(s.asText()));
        assertEquals(8, stripes.size());
        assertTrue(red(stripes.get(0)) > green(stripes.get(0)) && red(stripes.get(3)) > green(stripes.get(3)),
                "CD1 is crimson: " + stripes);
        assertTrue(green(stripes.get(4)) > red(stripes.get(4)) && green(stripes.get(7)) > red(stripes.get(7)),
                "CD2 is teal: " + stripes);
        JsonNode dekalog = new ObjectMapper().readTree(catalog.resolve("dekalog-1989.json").toFile());
        assertEquals("series", dekalog.get("kind").asText());
        assertEquals(2, dekalog.get("source").size());

        TestVideos.video().segment("#1f3a93", 3).write(library.resolve("Movies/Tampopo (1985)/Tampopo.cd2.mp4"));
        Result again = run("analyze", "--library", library.toString(), "--catalog", catalog.toString(),
                "--stripes", "8", "--threads", "1");
        assertTrue(again.out().contains("Analysis: 1 analysed, 2 up to date, 0 failed"), again.out());
        JsonNode changed = new ObjectMapper().readTree(catalog.resolve("tampopo-1985.json").toFile());
        assertEquals(5.0, changed.get("durationSeconds").asDouble(), 0.1);
        try (Stream<Path> files = Files.list(catalog)) {
            assertEquals(3, files.count());
        }
    }
}
