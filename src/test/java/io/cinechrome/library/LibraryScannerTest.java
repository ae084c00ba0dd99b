package io.cinechrome.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryScannerTest {

    @TempDir
    Path library;

    private Path file(String relative) throws IOException {
        Path file = library.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    @Test
    void findsFolderFilmsAndLooseFilesWithTheirNames() throws IOException {
        file("Heat (1995, Michael Mann)/Heat.1995.1080p.mkv");
        file("Heat (1995, Michael Mann)/Heat.1995.1080p.srt");
        file("Heat (1995, Michael Mann)/Heat-sample.mkv");
        file("Heat (1995, Michael Mann)/._Heat.1995.1080p.mkv");
        file("Heat (1995, Michael Mann)/Extras/Making of.mkv");
        file("Amélie (2001, Jean-Pierre Jeunet).mp4");
        file("千と千尋の神隠し (2001, 宮崎駿)/film.m4v");
        file("Alien (1979)/alien.AVI");
        file("notes.txt");
        file(".DS_Store");
        file("poster.jpg");

        LibraryScan scan = new LibraryScanner().scan(library);

        assertEquals(List.of("alien-1979", "amelie-2001", "film-", "heat-1995"),
                scan.films().stream().map(f -> f.slug().startsWith("film-") ? "film-" : f.slug()).toList());
        LibraryFilm heat = scan.films().stream().filter(f -> f.slug().equals("heat-1995")).findFirst().orElseThrow();
        assertEquals("Heat (1995, Michael Mann)/Heat.1995.1080p.mkv", heat.relativePath());
        assertEquals(Optional.of("Michael Mann"), heat.name().director());
        LibraryFilm amelie = scan.films().get(1);
        assertEquals("Amélie", amelie.name().title());
        assertTrue(scan.notices().isEmpty(), () -> scan.notices().toString());
    }

    @Test
    void folderWithTwoVideosIsSkippedWithAClearReason() throws IOException {
        file("Dune (2021, Denis Villeneuve)/Dune.Part.One.mkv");
        file("Dune (2021, Denis Villeneuve)/Dune.Directors.Cut.mkv");
        LibraryScan scan = new LibraryScanner().scan(library);
        assertTrue(scan.films().isEmpty());
        Notice notice = scan.notices().get(0);
        assertTrue(notice.skipped());
        assertEquals("Dune (2021, Denis Villeneuve)", notice.path());
        assertTrue(notice.message().contains("Dune.Part.One.mkv") && notice.message().contains("Dune.Directors.Cut.mkv"),
                notice.message());
    }

    @Test
    void nameOutsideTheConventionIsKeptAsATitleWithAWarning() throws IOException {
        file("some home movie.mov");
        file("Empty Folder (2000)/readme.txt");
        LibraryScan scan = new LibraryScanner().scan(library);
        assertEquals(1, scan.films().size());
        assertEquals("some home movie", scan.films().get(0).name().title());
        assertTrue(scan.films().get(0).name().year().isEmpty());
        assertEquals(2, scan.notices().size());
        assertFalse(scan.notices().stream().filter(n -> n.path().equals("some home movie.mov")).findFirst()
                .orElseThrow().skipped());
        assertTrue(scan.notices().stream().filter(n -> n.path().equals("Empty Folder (2000)")).findFirst()
                .orElseThrow().skipped());
    }

    @Test
    void clashingSlugsGetNumberedInPathOrder() throws IOException {
        file("Hamlet (1996, Kenneth Branagh)/hamlet.mkv");
        file("Hamlet (1996, Other Director).mp4");
        file("hamlet 1996.mkv");
        LibraryScan scan = new LibraryScanner().scan(library);
        List<String> slugs = scan.films().stream().map(LibraryFilm::slug).toList();
        assertEquals(List.of("hamlet-1996", "hamlet-1996-2", "hamlet-1996-3"), slugs);
        assertEquals("Hamlet (1996, Kenneth Branagh)/hamlet.mkv", scan.films().get(0).relativePath());
    }

    @Test
    void missingLibraryNamesTheFolderAndTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LibraryScanner().scan(library.resolve("nope")));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("--library"), e.getMessage());
    }
}
