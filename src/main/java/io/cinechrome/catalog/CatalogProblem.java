package io.cinechrome.catalog;

import java.nio.file.Path;

/**
 * A file in the catalogue folder that is not a usable catalogue entry. It is reported and left untouched.
 *
 * @param file    the file
 * @param message what is wrong and what to do
 */
public record CatalogProblem(Path file, String message) {

    public CatalogProblem {
        if (file == null || message == null) {
            throw new IllegalArgumentException("a catalogue problem names a file and a message");
        }
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
