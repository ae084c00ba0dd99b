package io.cinechrome.library;

import java.nio.file.Path;
import java.util.List;

/**
 * A work found in the library: its name, its video files in playing order, its unique slug, the collection
 * folders it sits in and whether it is a film or a series.
 *
 * @param name       what the folder or file name says
 * @param parts      the video files in playing order: one for most films, parts of a multi-part film, episodes
 * @param slug       stable, URL-safe, unique within the library
 * @param collection the collection folders from the library root down ({@code ["Criterion", "Westerns"]}),
 *                   empty at the top level
 * @param kind       film or series
 */
public record LibraryFilm(FilmName name, List<LibraryPart> parts, String slug, List<String> collection,
        FilmKind kind) {

    public LibraryFilm {
        if (name == null || parts == null || parts.isEmpty() || slug == null || slug.isEmpty() || collection == null
                || kind == null) {
            throw new IllegalArgumentException("a library film needs a name, a video, a slug, a collection and a kind");
        }
        parts = List.copyOf(parts);
        collection = List.copyOf(collection);
    }

    /** A film of one video file at the top level of the library. */
    public LibraryFilm(FilmName name, Path video, String relativePath, String slug) {
        this(name, List.of(new LibraryPart(video, relativePath)), slug, List.of(), FilmKind.FILM);
    }

    /** The (first) video file. */
    public Path video() {
        return parts.get(0).video();
    }

    /** The (first) video file's path relative to the library root. */
    public String relativePath() {
        return parts.get(0).relativePath();
    }

    /** The video files in playing order. */
    public List<Path> videos() {
        return parts.stream().map(LibraryPart::video).toList();
    }
}
