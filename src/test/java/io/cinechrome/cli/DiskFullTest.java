package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cinechrome.files.SiteLock;
import io.cinechrome.testing.JarProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: the site folder is a small tmpfs (mounted for the test; skipped where mounting is not allowed).
 * The render fails with a clear message and exit 1, leaves no temporary or lock file, and the catalogue is
 * untouched byte for byte.
 */
class DiskFullTest {

    private static final String SIZE = "size=400k";

    @TempDir
    Path root;
    private Path site;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        site = Files.createDirectories(root.resolve("site"));
        String why = command("mount", "-t", "tmpfs", "-o", SIZE, "tmpfs", site.toString());
        assumeTrue(why.isEmpty(), "skipped: cannot mount a tmpfs for the full-disk test (" + why + ")");
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            command("umount", site.toString());
        }
    }

    @Test
    void renderOntoAFullDiskFailsClearlyAndLeavesTheCatalogueAlone() throws Exception {
        Path demo = Path.of(System.getProperty("cinechrome.projectDir", "."), "catalog");
        assumeTrue(Files.isDirectory(demo), "skipped: no demo catalogue in " + demo);
        Path catalog = root.resolve("catalog");
        Files.createDirectories(catalog);
        for (String name : JarProcess.files(demo)) {
            Files.copy(demo.resolve(name), catalog.resolve(name));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false)
                .run("render", "--catalog", catalog.toString(), "--site", site.toString());
        String text = out.toString(StandardCharsets.UTF_8);

        assertEquals(1, exit, text);
        assertTrue(text.contains("No space left on device") && text.contains(site.toString())
                && (text.contains("room") || text.contains("free space")), text);
        assertFalse(text.contains("\tat "), "a message, not a stack trace: " + text);
        JarProcess.assertSameTree(demo, catalog);
        List<String> leftovers = JarProcess.files(site).stream()
                .filter(f -> f.endsWith(".tmp") || f.endsWith(SiteLock.FILE_NAME)).toList();
        assertEquals(List.of(), leftovers);
    }

    /** Runs a command; returns "" when it worked, else what it said. */
    private static String command(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "timed out";
            }
            return process.exitValue() == 0 ? "" : output + " (exit " + process.exitValue() + ")";
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
