package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.bench.SyntheticCatalog;
import io.cinechrome.files.SiteLock;
import io.cinechrome.testing.JarProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} stopped at random moments, by {@code kill -9} and by SIGTERM, then run again: the site is byte for
 * byte the site of a render that was never stopped, with no temporary or lock file left.
 */
class RenderCrashTest {

    /** Films in the generated catalogue; raise it (e.g. -Dcinechrome.crashFilms=300) on a machine with time. */
    private static final int FILMS = Integer.getInteger("cinechrome.crashFilms", 40);
    private static final int KILLS = 3;
    private static final long SEED = 14;
    private static final Pattern INTERRUPTED =
            Pattern.compile("(?m)^interrupted: (\\d+) films drawn, (\\d+) in progress dropped; run again to continue$");

    @TempDir
    static Path root;
    static Path catalog;
    static Path clean;
    static long cleanMillis;

    @BeforeAll
    static void cleanRender() throws Exception {
        JarProcess.jar();
        catalog = root.resolve("catalog");
        SyntheticCatalog.main(new String[] {catalog.toString(), Integer.toString(FILMS)});
        clean = root.resolve("clean");
        long start = System.nanoTime();
        JarProcess.Result result = JarProcess.run(root.resolve("logs"), "clean", render(clean));
        cleanMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(0, result.exit(), result.all());
    }

    private static String[] render(Path site) {
        return new String[] {"render", "--catalog", catalog.toString(), "--site", site.toString(), "--poster-size",
            "256", "--thumb-size", "64", "--threads", "2"};
    }

    @Test
    void killNineAtRandomMomentsThenRenderGivesTheCleanSite() throws Exception {
        Path site = root.resolve("killed");
        SplittableRandom random = new SplittableRandom(SEED);
        for (int kill = 0; kill < KILLS; kill++) {
            try (JarProcess run = JarProcess.start(root.resolve("logs"), "kill-" + kill, render(site))) {
                Thread.sleep(cleanMillis / 10 + random.nextLong(cleanMillis * 7 / 10));
                run.kill();
            }
        }
        JarProcess.Result last = JarProcess.run(root.resolve("logs"), "after-kills", render(site));
        assertEquals(0, last.exit(), last.all());
        assertSameSite(clean, site);
    }

    /**
     * A film drawn alone, on one thread, gives the bytes it got within the whole catalogue on two: Batik's glyph
     * outlines once depended on which drawing first showed a character, and where.
     */
    @Test
    void aFilmDrawnAloneIsTheFilmDrawnWithTheOthers() throws Exception {
        Path alone = root.resolve("alone");
        Path oneFilm = Files.createDirectories(alone.resolve("catalog"));
        String last;
        try (var files = Files.list(catalog)) {
            last = files.map(f -> f.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Files.copy(catalog.resolve(last), oneFilm.resolve(last));
        String[] arguments = render(alone.resolve("site"));
        arguments[2] = oneFilm.toString();
        arguments[arguments.length - 1] = "1";
        JarProcess.Result result = JarProcess.run(root.resolve("logs"), "alone", arguments);
        assertEquals(0, result.exit(), result.all());
        String folder = "img/" + last.replace(".json", "");
        assertSameSite(clean.resolve(folder), alone.resolve("site").resolve(folder));
    }

    @Test
    void sigtermPrintsOneLineExits143AndLeavesNoTemporaryFile() throws Exception {
        Path site = root.resolve("terminated");
        try (JarProcess run = JarProcess.start(root.resolve("logs"), "term", render(site))) {
            assertTrue(waitForImages(site, run), run.out());
            run.terminate();
            JarProcess.Result result = run.await();
            assertEquals(143, result.exit(), result.all());
            Matcher line = INTERRUPTED.matcher(result.out());
            assertTrue(line.find(), result.all());
            assertTrue(!line.find(), "one line: " + result.all());
        }
        List<String> leftovers = JarProcess.files(site).stream()
                .filter(f -> f.endsWith(".tmp") || f.endsWith(SiteLock.FILE_NAME)).toList();
        assertEquals(List.of(), leftovers);
        JarProcess.Result again = JarProcess.run(root.resolve("logs"), "after-term", render(site));
        assertEquals(0, again.exit(), again.all());
        assertSameSite(clean, site);
    }

    /** The sites hold the same files with the same bytes, PNGs included. */
    private static void assertSameSite(Path expected, Path actual) throws Exception {
        List<String> names = JarProcess.files(expected);
        assertEquals(names, JarProcess.files(actual), "files of " + actual);
        for (String name : names) {
            assertTrue(Arrays.equals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name))),
                    name + " differs between " + expected + " and " + actual);
        }
    }

    /** Waits until the run has drawn its first film, so the signal lands in the middle of the work. */
    private static boolean waitForImages(Path site, JarProcess run) throws Exception {
        long end = System.nanoTime() + JarProcess.LIMIT.toNanos();
        Path images = site.resolve("img");
        while (System.nanoTime() < end && run.alive()) {
            if (Files.isDirectory(images)) {
                try (var folders = Files.list(images)) {
                    if (folders.count() > 1) {
                        return true;
                    }
                }
            }
            Thread.sleep(20);
        }
        return false;
    }
}
