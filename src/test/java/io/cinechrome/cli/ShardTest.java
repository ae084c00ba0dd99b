package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.Shard;
import io.cinechrome.testing.TestVideos;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --shard I/N}: shares by slug, and N processes on one catalogue give the single run's bytes. */
class ShardTest {

    static final String[] COLOURS = {"#1f3a93", "#c0392b", "#16a085", "#f1c40f", "#8e44ad", "#2c3e50"};

    @Test
    void everySlugBelongsToExactlyOneShard() {
        for (int count = 1; count <= 5; count++) {
            for (int film = 0; film < 500; film++) {
                int owners = 0;
                for (int index = 0; index < count; index++) {
                    owners += new Shard(index, count).owns("film-" + film + "-1999") ? 1 : 0;
                }
                assertEquals(1, owners);
            }
        }
        assertEquals(new Shard(3, 8), Shard.parse("3/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1-4"));
    }

    @Test
    void twoShardProcessesAtOnceWriteTheSingleRunCatalogue(@TempDir Path root) throws Exception {
        Path library = root.resolve("library");
        for (int i = 0; i < COLOURS.length; i++) {
            Files.createDirectories(library);
            TestVideos.video().segment(COLOURS[i], 1).segment(COLOURS[(i + 1) % COLOURS.length], 1)
                    .write(library.resolve("Film " + (char) ('A' + i) + " (" + (1990 + i) + ").mp4"));
        }
        Path single = root.resolve("single");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
                StandardCharsets.UTF_8), false).run(new String[] {"analyze", "--library", library.toString(),
                    "--catalog", single.toString(), "--stripes", "12", "--threads", "1"});
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));

        Path shared = root.resolve("shared");
        List<Process> shards = new ArrayList<>();
        for (int index = 0; index < 2; index++) {
            shards.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze",
                    "--library", library.toString(), "--catalog", shared.toString(), "--stripes", "12",
                    "--threads", "1", "--shard", index + "/2")
                    .redirectErrorStream(true).redirectOutput(root.resolve("shard-" + index + ".log").toFile()).start());
        }
        for (int index = 0; index < shards.size(); index++) {
            assertTrue(shards.get(index).waitFor(5, TimeUnit.MINUTES), "shard " + index + " finished");
            assertEquals(0, shards.get(index).exitValue(), Files.readString(root.resolve("shard-" + index + ".log")));
        }
        String log0 = Files.readString(root.resolve("shard-0.log"));
        String log1 = Files.readString(root.resolve("shard-1.log"));
        assertTrue(log0.contains("Shard 0/2: ") && log1.contains("Shard 1/2: "), log0 + log1);
        assertEquals(files(single), files(shared), "each film exactly once, no temporary file left");
        assertEquals(COLOURS.length, files(shared).size());
        for (String file : files(single)) {
            assertArrayEquals(Files.readAllBytes(single.resolve(file)), Files.readAllBytes(shared.resolve(file)), file);
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
