package io.cinechrome.importer;

import io.cinechrome.catalog.Origin;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import io.cinechrome.library.FilmName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the movies-palettes notebook's films into films to import: each from its active palette, else its
 * latest by calculation date. The notebook's palettes have no shares, so the entries record the shares as
 * unknown (equal weights). Films without a palette are listed, not imported.
 */
final class Notebook {

    private Notebook() {
    }

    /** The films of a notebook file. */
    static Reading of(List<NotebookFilm> films, String fileName) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> withoutPalette = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (NotebookFilm film : films) {
            String label = fileName + ": " + display(film);
            if (film.palettes().isEmpty()) {
                withoutPalette.add(label + ": no palette" + (film.status().isEmpty() ? "" : " (" + film.status() + ")"));
                continue;
            }
            NotebookPalette palette = chosen(film.palettes());
            try {
                candidates.add(candidate(film, palette, NotebookJson.colours(palette.colours()), fileName));
            } catch (ImportException e) {
                broken.add(label + ": palette " + palette.id().orElse("") + " cannot be imported, "
                        + e.getMessage() + "; recompute it in the notebook or delete it there");
            }
        }
        return new Reading(candidates, withoutPalette, broken);
    }

    /** The active palette (the latest of several), else the latest by calculation date; ties go to the later one. */
    static NotebookPalette chosen(List<NotebookPalette> palettes) {
        List<NotebookPalette> active = palettes.stream().filter(NotebookPalette::active).toList();
        List<NotebookPalette> from = active.isEmpty() ? palettes : active;
        NotebookPalette latest = from.get(0);
        for (NotebookPalette palette : from) {
            if (Comparator.<String>naturalOrder().compare(palette.calculationDate(), latest.calculationDate()) >= 0) {
                latest = palette;
            }
        }
        return latest;
    }

    private static Candidate candidate(NotebookFilm film, NotebookPalette palette, List<Rgb> colours,
            String fileName) {
        double equal = 1.0 / colours.size();
        List<Swatch> swatches = colours.stream().map(colour -> new Swatch(colour, equal)).toList();
        return new Candidate(new FilmName(film.title(), film.year(), film.director()), film.durationSeconds(),
                palette.blackAndWhite(), swatches, List.of(), false,
                new Origin(Origin.NOTEBOOK, fileName, palette.id()));
    }

    private static String display(NotebookFilm film) {
        return film.title() + (film.year().isPresent() ? " (" + film.year().getAsInt() + ")" : "");
    }
}
