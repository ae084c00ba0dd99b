package io.cinechrome.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry class of the library stage: finds the films of a library folder without decoding anything.
 * A film is a folder ({@code Title (Year, Director)} and the other forms of {@link FilmName}) holding its video
 * file, its parts ({@code CD1}, {@code CD2}) or its episodes, or a loose video file named the same way. A folder
 * with no video of its own but with subfolders is a collection, walked to any depth. Samples, trailers,
 * extras, hidden files and macOS {@code ._} forks are ignored.
 */
public final class LibraryScanner {

    /**
     * Scans a library folder.
     *
     * @throws IllegalArgumentException when the folder does not exist or is not a folder
     * @throws UncheckedIOException     when it cannot be listed
     */
    public LibraryScan scan(Path library) {
        if (!Files.isDirectory(library)) {
            throw new IllegalArgumentException("library folder " + library + " does not exist or is not a folder;"
                    + " pass --library with the folder that holds your films");
        }
        FolderWalk walk = new FolderWalk(library);
        try {
            walk.root();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the library folder " + library + " (" + e.getMessage()
                    + "); check that the folder is readable", e);
        }
        List<Notice> notices = new ArrayList<>(walk.notices());
        notices.sort(Comparator.comparing(Notice::path));
        return new LibraryScan(assignSlugs(walk.found()), notices);
    }

    /** Gives duplicates -2, -3, ... in path order, so slugs stay stable as the library grows. */
    private static List<LibraryFilm> assignSlugs(List<FolderWalk.Found> candidates) {
        List<FolderWalk.Found> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(FolderWalk.Found::baseSlug).thenComparing(f -> f.parts().get(0).relativePath()));
        Map<String, Integer> seen = new HashMap<>();
        List<LibraryFilm> films = new ArrayList<>();
        for (FolderWalk.Found c : ordered) {
            int count = seen.merge(c.baseSlug(), 1, Integer::sum);
            String slug = count == 1 ? c.baseSlug() : c.baseSlug() + "-" + count;
            while (count > 1 && seen.containsKey(slug)) {
                slug = slug + "-" + count;
            }
            seen.putIfAbsent(slug, 1);
            films.add(new LibraryFilm(c.name(), c.parts(), slug, c.collection(), c.kind()));
        }
        films.sort(Comparator.comparing(LibraryFilm::slug));
        return films;
    }
}
