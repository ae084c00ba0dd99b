package io.cinechrome.library;

import java.nio.file.Path;

/**
 * A film found in the library: its name, its video file and its unique slug.
 *
 * @param name         what the folder or file name says
 * @param video        the video file
 * @param relativePath the video's path relative to the library root, with '/' separators
 * @param slug         stable, URL-safe, unique within the library
 */
public record LibraryFilm(FilmName name, Path video, String relativePath, String slug) {

    public LibraryFilm {
        if (name == null || video == null || relativePath == null || slug == null || slug.isEmpty()) {
            throw new IllegalArgumentException("a library film needs a name, a video, a path and a slug");
        }
    }
}
