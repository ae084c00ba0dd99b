package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.testing.JarProcess;
import io.cinechrome.testing.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} on generated films, stopped at random moments by {@code kill -9} and by SIGTERM, then run again:
 * the catalogue is byte for byte the catalogue of an analysis that was never stopped, and nothing half-written or
 * temporary is left for a later run to read.
 */
class AnalyzeCrashTest {

    private static final int FILMS = Integer.getInteger("cinechrome.crashVideos", 8);
    private static final int KILLS = 3;
    private static final long SEED = 14;
    private static final String[] COLOURS = {"#1f3a93", "#e67e22", "#27ae60", "#c0392b", "#8e44ad", "#f1c40f",
        "#16a085", "#2c3e50"};
    private static final Pattern INTERRUPTED = Pattern.compile(
            "(?m)^interrupted: (\\d+) films analysed, (\\d+) in progress dropped; run again to continue$");

    @TempDir
    static Path root;
    static Path library;
    static Path clean;
    static long cleanMillis;

    @BeforeAll
    static void cleanAnalysis() throws Exception {
        JarProcess.jar();
        library = root.resolve("library");
        Files.createDirectories(library);
        for (int i = 0; i < FILMS; i++) {
            TestVideos.video().segment(COLOURS[i % COLOURS.length], 3).segment(COLOURS[(i + 3) % COLOURS.length], 2)
                    .write(library.resolve(String.format(Locale.ROOT, "Film %d (%d).mp4", i, 1990 + i)));
        }
        clean = root.resolve("clean");
        long start = System.nanoTime();
        JarProcess.Result result = JarProcess.run(root.resolve("logs"), "clean", analyze(clean));
        cleanMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(0, result.exit(), result.all());
        assertEquals(FILMS, JarProcess.files(clean).size());
    }

    private static String[] analyze(Path catalog) {
        return new String[] {"analyze", "--library", library.toString(), "--catalog", catalog.toString(),
            "--sampling", "exact", "--stripes", "24", "--threads", "1"};
    }

    @Test
    void killNineAtRandomMomentsThenAnalyzeGivesTheCleanCatalogue() throws Exception {
        Path catalog = root.resolve("killed");
        SplittableRandom random = new SplittableRandom(SEED);
        for (int kill = 0; kill < KILLS; kill++) {
            try (JarProcess run = JarProcess.start(root.resolve("logs"), "kill-" + kill, analyze(catalog))) {
                Thread.sleep(cleanMillis / 5 + random.nextLong(cleanMillis * 3 / 5));
                run.kill();
            }
        }
        JarProcess.Result last = JarProcess.run(root.resolve("logs"), "after-kills", analyze(catalog));
        assertEquals(0, last.exit(), last.all());
        JarProcess.assertSameTree(clean, catalog);
    }

    @Test
    void sigtermPrintsOneLineExits143AndTheNextRunContinues() throws Exception {
        Path catalog = root.resolve("terminated");
        int analysed;
        try (JarProcess run = JarProcess.start(root.resolve("logs"), "term", analyze(catalog))) {
            assertTrue(run.awaitOutput(out -> out.contains("[1/" + FILMS + "]"), JarProcess.LIMIT), run.out());
            run.terminate();
            JarProcess.Result result = run.await();
            assertEquals(143, result.exit(), result.all());
            Matcher line = INTERRUPTED.matcher(result.out());
            assertTrue(line.find(), result.all());
            analysed = Integer.parseInt(line.group(1));
            assertTrue(Integer.parseInt(line.group(2)) <= 1, result.all());
            assertTrue(!line.find(), "one line: " + result.all());
            assertTrue(analysed >= 1 && analysed < FILMS, result.all());
        }
        List<String> files = JarProcess.files(catalog);
        assertEquals(analysed, files.size(), "no temporary file, one entry per analysed film: " + files);
        JarProcess.Result again = JarProcess.run(root.resolve("logs"), "after-term", analyze(catalog));
        assertEquals(0, again.exit(), again.all());
        assertTrue(again.out().contains(analysed + " up to date"), again.all());
        JarProcess.assertSameTree(clean, catalog);
    }
}
