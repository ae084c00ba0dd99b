package io.cinechrome.catalog;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.colour.Rgb;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One analysed film as stored in the catalogue ({@code <slug>.json}) and read by the poster and page stages.
 *
 * @param slug            stable, URL-safe, unique name ({@code heat-1995})
 * @param title           the film's title, any Unicode
 * @param year            release year, when the folder name gives one
 * @param director        director(s), when the folder name gives them
 * @param durationSeconds length of the film
 * @param blackAndWhite   whether the film was detected as black and white (its palette is then greys, dark to light)
 * @param palette         dominant colours, largest share first (grey films: dark to light); shares sum to 1
 * @param stripes         one colour per equal time bin, in time order
 * @param settings        the analysis settings used
 * @param source          what identifies the analysed file
 */
public record CatalogEntry(
        String slug,
        String title,
        OptionalInt year,
        Optional<String> director,
        double durationSeconds,
        boolean blackAndWhite,
        List<Swatch> palette,
        List<Rgb> stripes,
        AnalysisSettings settings,
        Source source) {

    /** Version of the JSON layout; bump it when fields change meaning. */
    public static final int SCHEMA_VERSION = 1;
    private static final double SHARE_TOLERANCE = 1e-6;

    public CatalogEntry {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("slug must be lower-case ASCII words joined by '-': " + slug);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a film needs a title (" + slug + ")");
        }
        if (year == null || director == null || settings == null || source == null) {
            throw new IllegalArgumentException("missing field in catalogue entry " + slug);
        }
        if (!(durationSeconds >= 0) || !Double.isFinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be a non-negative number (" + slug + ")");
        }
        palette = List.copyOf(palette);
        stripes = PackedColours.copyOf(stripes);
        if (palette.isEmpty() || stripes.isEmpty()) {
            throw new IllegalArgumentException("palette and stripes must not be empty (" + slug + ")");
        }
        double total = palette.stream().mapToDouble(Swatch::share).sum();
        if (Math.abs(total - 1) > SHARE_TOLERANCE) {
            throw new IllegalArgumentException("palette shares must sum to 1, they sum to " + total + " (" + slug + ")");
        }
    }

    /** The dominant colour: the palette's largest share. */
    public Swatch dominant() {
        return palette.stream().reduce((x, y) -> y.share() > x.share() ? y : x).orElseThrow();
    }
}
