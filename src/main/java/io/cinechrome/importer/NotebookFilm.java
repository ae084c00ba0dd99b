package io.cinechrome.importer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One film of the movies-palettes notebook, as stored.
 *
 * @param title           the title
 * @param year            the year, when stored and readable
 * @param director        the director, when stored
 * @param durationSeconds the length in seconds, 0 when unknown
 * @param status          whether the notebook found the film's video ({@code Movie file found}, ...), may be empty
 * @param palettes        the palettes computed for the film, in stored order
 */
record NotebookFilm(String title, OptionalInt year, Optional<String> director, double durationSeconds,
        String status, List<NotebookPalette> palettes) {

    NotebookFilm {
        if (title == null || title.isBlank() || year == null || director == null || status == null) {
            throw new IllegalArgumentException("a notebook film needs a title");
        }
        if (!(durationSeconds >= 0) || !Double.isFinite(durationSeconds)) {
            durationSeconds = 0;
        }
        palettes = List.copyOf(palettes);
    }
}
