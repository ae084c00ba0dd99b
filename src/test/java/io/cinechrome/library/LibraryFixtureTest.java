package io.cinechrome.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans a fixture library of real-world shapes (src/test/resources/library/fixture-files.txt: collections at
 * two depths, every name form, scene names, multi-part spellings, series, extras, junk, a symlink loop, two
 * versions of one film, Unicode) and compares every film and notice with the expectation written by hand in
 * fixture-expected.txt.
 */
class LibraryFixtureTest {

    private static final int KIB = 1024;

    @TempDir
    static Path library;

    private static LibraryScan scan;
    private static List<String> expected;

    @BeforeAll
    static void scanTheFixture() throws IOException {
        for (String line : resource("fixture-files.txt")) {
            String[] fields = line.split("\t");
            Path file = library.resolve(fields[0]);
            Files.createDirectories(file.getParent());
            try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
                out.setLength(Long.parseLong(fields[1]) * KIB);
            }
        }
        Files.createSymbolicLink(library.resolve("Movies/Loop"), Path.of(".."));
        scan = new LibraryScanner().scan(library);
        expected = resource("fixture-expected.txt");
    }

    @Test
    void everyFilmHasTheExpectedNameCollectionKindAndParts() {
        List<String> want = expected.stream().filter(l -> l.startsWith("film ")).toList();
        List<String> got = scan.films().stream().map(LibraryFixtureTest::line).toList();
        List<String> right = got.stream().filter(want::contains).toList();
        int parts = scan.films().stream().filter(f -> f.parts().size() > 1).mapToInt(f -> f.parts().size()).sum();
        System.out.printf("library fixture: %d folders, %d files; %d films found (%d expected), %d with all"
                + " metadata right, %d multi-part films and series joining %d files, %d notices%n",
                count(true), count(false), got.size(), want.size(), right.size(),
                scan.films().stream().filter(f -> f.parts().size() > 1).count(), parts, scan.notices().size());
        assertEquals(String.join("\n", want), String.join("\n", got));
    }

    @Test
    void everyProblemIsReportedOnceWithItsFix() {
        List<String[]> want = expected.stream().filter(l -> l.startsWith("notice ")).map(l -> l.substring(7).split(" \\| "))
                .toList();
        assertEquals(want.stream().map(w -> w[0] + " | " + w[1]).collect(Collectors.joining("\n")),
                scan.notices().stream().map(n -> n.path() + " | " + (n.skipped() ? "skipped" : "warning"))
                        .collect(Collectors.joining("\n")));
        for (int i = 0; i < want.size(); i++) {
            Notice notice = scan.notices().get(i);
            assertTrue(notice.message().contains(want.get(i)[2]), notice.toString());
            assertTrue(notice.message().contains(";"), () -> "says the fix too: " + notice);
        }
    }

    private static String line(LibraryFilm film) {
        return ("film " + film.slug().replaceAll("^film-[0-9a-f]{8}", "film-HASH") + " | " + film.name().title()
                + " | " + (film.name().year().isPresent() ? film.name().year().getAsInt() : "") + " | "
                + film.name().director().orElse("") + " | " + String.join("/", film.collection()) + " | "
                + film.kind().id() + " | "
                + film.parts().stream().map(LibraryPart::relativePath).collect(Collectors.joining(", ")))
                .replaceAll("\\|\\s+", "| ");
    }

    private static long count(boolean folders) {
        try (Stream<Path> all = Files.walk(library)) {
            return all.filter(p -> !p.equals(library) && Files.isDirectory(p) == folders).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> resource(String name) throws IOException {
        try (var in = Objects.requireNonNull(LibraryFixtureTest.class.getResourceAsStream("/library/" + name))) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.replaceAll("\\|\\s+", "| "));
                }
            }
            return lines;
        }
    }
}
