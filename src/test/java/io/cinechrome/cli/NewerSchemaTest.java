package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.testing.TestVideos;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue entry written by a newer Cinechrome (a higher schemaVersion) is reported as such and left alone:
 * {@code analyze --force} does not overwrite it, {@code --prune} does not remove it, {@code render} does not read it.
 */
class NewerSchemaTest {

    @TempDir
    Path root;

    private record Result(int exit, String text) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false).run(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEntryOfANewerVersionIsReportedAndLeftAlone() throws Exception {
        Path library = Files.createDirectories(root.resolve("library"));
        Path heatVideo = library.resolve("Heat (1995, Michael Mann).mp4");
        TestVideos.video().segment("#1f3a93", 2).write(heatVideo);
        TestVideos.video().segment("#c0392b", 2).write(library.resolve("Amélie (2001, Jean-Pierre Jeunet).mp4"));
        Path catalog = root.resolve("catalog");
        String[] analyze = {"analyze", "--library", library.toString(), "--catalog", catalog.toString(), "--stripes",
            "12", "--threads", "1"};
        assertEquals(0, run(analyze).exit());

        Path heat = catalog.resolve("heat-1995.json");
        String future = Files.readString(heat).replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2,")
                .replace("\"title\": \"Heat\",", "\"title\": {\"en\": \"Heat\", \"fr\": \"Heat\"},");
        Files.writeString(heat, future);
        byte[] before = Files.readAllBytes(heat);

        Result forced = run(withForce(analyze));
        assertEquals(1, forced.exit(), forced.text());
        assertTrue(forced.text().contains(heat.toString()) && forced.text().contains("newer Cinechrome")
                && forced.text().contains("schemaVersion 2") && forced.text().contains("left alone"), forced.text());
        assertFalse(forced.text().contains("--force to rebuild"), "no advice that would not help: " + forced.text());
        assertArrayEquals(before, Files.readAllBytes(heat), "not overwritten by analyze --force");

        Path site = root.resolve("site");
        Result render = run("render", "--catalog", catalog.toString(), "--site", site.toString());
        assertEquals(1, render.exit(), render.text());
        assertTrue(render.text().contains("heat-1995.json") && render.text().contains("newer Cinechrome"),
                render.text());
        assertTrue(Files.exists(site.resolve("films/amelie-2001/index.html")), "the other films are rendered");
        assertArrayEquals(before, Files.readAllBytes(heat), "not changed by render");

        Files.delete(heatVideo);
        Result prune = run(withPrune(analyze));
        assertArrayEquals(before, Files.readAllBytes(heat), "not pruned: this version cannot tell what it is");
        assertTrue(prune.text().contains("Analysis: 0 analysed, 1 up to date"), prune.text());
    }

    private static String[] withForce(String[] args) {
        return append(args, "--force");
    }

    private static String[] withPrune(String[] args) {
        return append(args, "--prune");
    }

    private static String[] append(String[] args, String flag) {
        String[] longer = java.util.Arrays.copyOf(args, args.length + 1);
        longer[args.length] = flag;
        return longer;
    }
}
