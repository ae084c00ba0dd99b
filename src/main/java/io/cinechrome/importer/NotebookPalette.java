package io.cinechrome.importer;

import java.util.Optional;

/**
 * One palette the movies-palettes notebook computed for a film, as stored.
 *
 * @param id              the notebook's identifier of the palette, when the file has one
 * @param active          whether the notebook marks it as the film's palette
 * @param calculationDate when it was computed, as stored ({@code 2024-03-01 12:00:00}); empty when unknown
 * @param blackAndWhite   whether the notebook found the film black and white
 * @param colours         the {@code colors} JSON text: {@code [[r, g, b], ...]}, most frequent first
 */
record NotebookPalette(Optional<String> id, boolean active, String calculationDate, boolean blackAndWhite,
        String colours) {

    NotebookPalette {
        if (id == null || calculationDate == null || colours == null) {
            throw new IllegalArgumentException("a notebook palette needs an id (possibly empty), a date and colours");
        }
    }
}
