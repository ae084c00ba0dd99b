package io.cinechrome.library;

import java.nio.file.Path;

/**
 * One video file of a library entry: the whole film, one of its parts, or one episode.
 *
 * @param video        the video file
 * @param relativePath its path relative to the library root, with '/' separators
 */
public record LibraryPart(Path video, String relativePath) {

    public LibraryPart {
        if (video == null || relativePath == null || relativePath.isBlank()) {
            throw new IllegalArgumentException("a part needs a video file and its path in the library");
        }
    }
}
