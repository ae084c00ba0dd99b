package io.cinechrome.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.library.LibraryFilm;
import io.cinechrome.library.LibraryScan;
import io.cinechrome.library.LibraryScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLibraryTest {

    @Test
    void demoLibraryIsAValidLibraryAndRegeneratesByteForByte(@TempDir Path dir) throws Exception {
        LibraryScan first = new LibraryScanner().scan(DemoLibrary.generate(dir.resolve("a")));
        LibraryScan second = new LibraryScanner().scan(DemoLibrary.generate(dir.resolve("b")));

        assertEquals(DemoLibrary.size(), first.films().size());
        assertTrue(first.notices().isEmpty(), first.notices()::toString);
        for (int i = 0; i < first.films().size(); i++) {
            LibraryFilm a = first.films().get(i);
            LibraryFilm b = second.films().get(i);
            assertTrue(a.name().year().isPresent() && a.name().director().isPresent(), a.name()::display);
            assertEquals(a.relativePath(), b.relativePath());
            assertArrayEquals(Files.readAllBytes(a.video()), Files.readAllBytes(b.video()), a.relativePath());
            assertEquals(Files.getLastModifiedTime(a.video()), Files.getLastModifiedTime(b.video()));
        }
    }
}
