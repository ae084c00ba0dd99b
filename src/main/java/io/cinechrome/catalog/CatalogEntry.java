package io.cinechrome.catalog;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.VideoColour;
import io.cinechrome.colour.Rgb;
import io.cinechrome.library.FilmKind;
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
 * @param source          what identifies the analysed file (the first part of a film in several parts)
 * @param colour          how the video's pixels were read as colours; empty in entries made before it was recorded
 * @param collection      the collection folders the film sits in, from the library root down; empty at the top
 * @param kind            film, or series of episodes
 * @param parts           what identifies each analysed file in playing order (parts or episodes); the first is
 *                        {@code source}
 * @param acts            the film in equal acts, each with its own palette (empty when not analysed)
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
        Source source,
        Optional<VideoColour> colour,
        List<String> collection,
        FilmKind kind,
        List<Source> parts,
        List<Act> acts) {

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
        if (year == null || director == null || settings == null || source == null || colour == null
                || collection == null || kind == null || parts == null) {
            throw new IllegalArgumentException("missing field in catalogue entry " + slug);
        }
        collection = List.copyOf(collection);
        parts = parts.isEmpty() ? List.of(source) : List.copyOf(parts);
        if (!parts.get(0).equals(source)) {
            throw new IllegalArgumentException("the first part must be the source (" + slug + ")");
        }
        if (!(durationSeconds >= 0) || !Double.isFinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be a non-negative number (" + slug + ")");
        }
        palette = List.copyOf(palette);
        stripes = List.copyOf(stripes);
        acts = List.copyOf(acts);
        if (palette.isEmpty() || stripes.isEmpty()) {
            throw new IllegalArgumentException("palette and stripes must not be empty (" + slug + ")");
        }
        double total = palette.stream().mapToDouble(Swatch::share).sum();
        if (Math.abs(total - 1) > SHARE_TOLERANCE) {
            throw new IllegalArgumentException("palette shares must sum to 1, they sum to " + total + " (" + slug + ")");
        }
    }

    /** An entry of one video file at the top level of the library, without a recorded colour description. */
    public CatalogEntry(String slug, String title, OptionalInt year, Optional<String> director, double durationSeconds,
            boolean blackAndWhite, List<Swatch> palette, List<Rgb> stripes, AnalysisSettings settings, Source source) {
        this(slug, title, year, director, durationSeconds, blackAndWhite, palette, stripes, settings, source,
                Optional.empty(), List.of(), FilmKind.FILM, List.of(source), List.of());
    }

    /** This entry with the given colour description. */
    public CatalogEntry withColour(VideoColour described) {
        return new CatalogEntry(slug, title, year, director, durationSeconds, blackAndWhite, palette, stripes, settings,
                source, Optional.of(described), collection, kind, parts, acts);
    }

    /** This entry with the given act palettes. */
    public CatalogEntry withActs(List<Act> palettes) {
        return new CatalogEntry(slug, title, year, director, durationSeconds, blackAndWhite, palette, stripes, settings,
                source, colour, collection, kind, parts, palettes);
    }

    /** Whether the film's source is HDR (PQ or HLG), tone-mapped to SDR for the analysis. */
    public boolean hdr() {
        return colour.map(VideoColour::hdr).orElse(false);
    }

    /** The dominant colour: the palette's largest share. */
    public Swatch dominant() {
        return palette.stream().reduce((x, y) -> y.share() > x.share() ? y : x).orElseThrow();
    }
}
