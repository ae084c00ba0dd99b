package io.cinechrome.importer;

import io.cinechrome.catalog.Origin;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import io.cinechrome.library.FilmName;
import java.util.List;

/**
 * A film read from an imported file, ready to become a catalogue entry once it has a slug.
 *
 * @param name            title, year and director
 * @param durationSeconds the length, 0 when the file does not say
 * @param blackAndWhite   whether the film is black and white
 * @param palette         the palette, most frequent first
 * @param stripes         one colour per moment; empty when the file has none
 * @param sharesKnown     whether the palette came with shares
 * @param origin          the tool and file it came from
 */
record Candidate(FilmName name, double durationSeconds, boolean blackAndWhite, List<Swatch> palette,
        List<Rgb> stripes, boolean sharesKnown, Origin origin) {

    Candidate {
        palette = List.copyOf(palette);
        stripes = List.copyOf(stripes);
        if (name == null || origin == null || palette.isEmpty()) {
            throw new IllegalArgumentException("an imported film needs a name, an origin and a palette");
        }
    }
}
