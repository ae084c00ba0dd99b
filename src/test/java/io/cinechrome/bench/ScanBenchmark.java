package io.cinechrome.bench;

import io.cinechrome.library.LibraryScan;
import io.cinechrome.library.LibraryScanner;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times a scan of a library of many film folders in collections (placeholder files: the scan decodes nothing).
 * Not a test: run with {@code java -cp target/classes:target/test-classes:<dependencies>
 * io.cinechrome.bench.ScanBenchmark [FOLDER] [FILMS]} (default target/bench/library, 10,000 films). The library
 * is generated once: a tenth of the films in two parts, a tenth with a sample, in 20 collections of 5 sub-collections.
 */
public final class ScanBenchmark {

    private static final int COLLECTIONS = 20;
    private static final int SUB_COLLECTIONS = 5;
    private static final int EVERY_TENTH = 10;
    private static final int RUNS = 3;
    private static final double NANOS_PER_SECOND = 1e9;

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path library = Path.of(args.length > 0 ? args[0] : "target/bench/library");
        int films = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (!Files.isDirectory(library)) {
            long t = System.nanoTime();
            generate(library, films);
            System.out.printf(Locale.ROOT, "generated %d film folders in %.1f s%n", films,
                    (System.nanoTime() - t) / NANOS_PER_SECOND);
        }
        for (int run = 1; run <= RUNS; run++) {
            long t = System.nanoTime();
            LibraryScan scan = new LibraryScanner().scan(library);
            System.out.printf(Locale.ROOT, "scan %d: %d films, %d notices in %.2f s%n", run, scan.films().size(),
                    scan.notices().size(), (System.nanoTime() - t) / NANOS_PER_SECOND);
        }
    }

    static void generate(Path library, int films) throws IOException {
        for (int i = 0; i < films; i++) {
            Path collection = library.resolve("Collection " + (i % COLLECTIONS))
                    .resolve("Shelf " + (i / COLLECTIONS % SUB_COLLECTIONS));
            Path folder = Files.createDirectories(collection.resolve("Film " + i + " (" + (1920 + i % 100) + ")"));
            if (i % EVERY_TENTH == 1) {
                placeholder(folder.resolve("Film." + i + ".cd1.avi"));
                placeholder(folder.resolve("Film." + i + ".cd2.avi"));
            } else {
                placeholder(folder.resolve("Film." + i + "." + (1920 + i % 100) + ".1080p.BluRay.x264-GROUP.mkv"));
            }
            if (i % EVERY_TENTH == 2) {
                placeholder(folder.resolve("sample.mkv"));
            }
        }
    }

    private static void placeholder(Path file) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(1 << 20);
        }
    }
}
