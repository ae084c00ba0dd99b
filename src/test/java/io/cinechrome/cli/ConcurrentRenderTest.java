package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.bench.SyntheticCatalog;
import io.cinechrome.files.SiteLock;
import io.cinechrome.testing.JarProcess;
import io.cinechrome.testing.SiteImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two renders into one site at once (a scheduled rebuild and a manual one), each a real {@code java -jar} process:
 * a second run with no time to wait refuses, naming the first; a run that may wait does so and then writes the
 * whole site; afterwards no page shows an image that is missing.
 */
class ConcurrentRenderTest {

    /** Films in the first run's catalogue; raise it (e.g. -Dcinechrome.concurrentFilms=1000) on a free machine. */
    private static final int FILMS = Integer.getInteger("cinechrome.concurrentFilms", 40);

    @TempDir
    Path root;

    @Test
    void aSecondRenderWaitsOrRefusesAndNoPageLosesItsImages() throws Exception {
        Path big = root.resolve("big");
        SyntheticCatalog.main(new String[] {big.toString(), Integer.toString(FILMS)});
        Path demo = Path.of(System.getProperty("cinechrome.projectDir", "."), "catalog");
        Path site = root.resolve("site");
        Path logs = root.resolve("logs");
        Path lock = site.resolve(SiteLock.FILE_NAME);

        try (JarProcess first = JarProcess.start(logs, "first", "render", "--catalog", big.toString(), "--site",
                site.toString(), "--poster-size", "256", "--thumb-size", "64")) {
            assertTrue(waitFor(() -> Files.exists(lock) && Files.size(lock) > 0, first), "the first run locks the site");

            JarProcess.Result impatient = JarProcess.run(logs, "impatient", "render", "--catalog", demo.toString(),
                    "--site", site.toString(), "--wait", "0");
            assertEquals(1, impatient.exit(), impatient.all());
            assertTrue(impatient.err().contains("still being written by another run")
                    && impatient.err().contains("pid " + first.pid()) && impatient.err().contains("--wait"),
                    impatient.all());

            try (JarProcess patient = JarProcess.start(logs, "patient", "render", "--catalog", demo.toString(),
                    "--site", site.toString(), "--wait", "10m")) {
                assertTrue(patient.awaitOutput(out -> out.contains("waiting up to 600 s"), JarProcess.LIMIT),
                        patient.out());
                JarProcess.Result firstResult = first.await();
                assertEquals(0, firstResult.exit(), firstResult.all());
                JarProcess.Result patientResult = patient.await();
                assertEquals(0, patientResult.exit(), patientResult.all());
                assertTrue(patientResult.out().contains("Catalogue " + demo + ": 7 films"), patientResult.all());
            }
        }
        assertEquals(java.util.List.of(), SiteImages.missing(site));
        assertTrue(SiteImages.count(site) > 7 * 3, "the pages were checked");
        assertEquals(7, Files.list(site.resolve("films")).count(), "the last run's films");
        assertFalse(Files.exists(lock), "the lock is released");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static boolean waitFor(Check check, JarProcess process) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end && process.alive()) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(20);
        }
        return check.holds();
    }
}
