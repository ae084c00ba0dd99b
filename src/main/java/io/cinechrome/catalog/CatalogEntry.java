package io.cinechrome.catalog;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.decode.VideoColour;
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
 *                        (equal shares when {@code sharesKnown} is false)
 * @param stripes         one colour per equal time bin, in time order; empty for an imported palette without any
 * @param settings        the analysis settings used; empty for an imported entry
 * @param source          what identifies the analysed file (the first part of a film in several parts); empty
 *                        for an imported entry
 * @param colour          how the video's pixels were read as colours; empty in entries made before it was recorded
 *                        and in imported entries
 * @param collection      the collection folders the film sits in, from the library root down; empty at the top
 * @param kind            film, or series of episodes
 * @param parts           what identifies each analysed file in playing order (parts or episodes); the first is
 *                        {@code source}; empty for an imported entry
 * @param acts            the film in equal acts, each with its own palette (empty when not analysed)
 * @param origin          the tool and file an imported entry came from; empty for a film analysed from video
 * @param sharesKnown     false when the palette came without shares (its colours are then weighted equally and
 *                        shown as equal bands without percentages)
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
        Optional<AnalysisSettings> settings,
        Optional<Source> source,
        Optional<VideoColour> colour,
        List<String> collection,
        FilmKind kind,
        List<Source> parts,
        List<Act> acts,
        Optional<Origin> origin,
        boolean sharesKnown) {

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
                || collection == null || kind == null || parts == null || acts == null || origin == null) {
            throw new IllegalArgumentException("missing field in catalogue entry " + slug);
        }
        if (origin.isPresent() == (settings.isPresent() || source.isPresent())
                || settings.isPresent() != source.isPresent()) {
            throw new IllegalArgumentException("an entry is either analysed (settings and source) or imported"
                    + " (origin) (" + slug + ")");
        }
        collection = List.copyOf(collection);
        parts = parts.isEmpty() ? source.stream().toList() : List.copyOf(parts);
        if (!parts.stream().findFirst().equals(source)) {
            throw new IllegalArgumentException("the first part must be the source (" + slug + ")");
        }
        if (!(durationSeconds >= 0) || !Double.isFinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be a non-negative number (" + slug + ")");
        }
        palette = List.copyOf(palette);
        stripes = PackedColours.copyOf(stripes);
        acts = List.copyOf(acts);
        if (palette.isEmpty() || stripes.isEmpty() && origin.isEmpty()) {
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
        this(slug, title, year, director, durationSeconds, blackAndWhite, palette, stripes, Optional.of(settings),
                Optional.of(source), Optional.empty(), List.of(), FilmKind.FILM, List.of(source), List.of(),
                Optional.empty(), true);
    }

    /**
     * An entry imported from another tool's files: no settings, source or colour description, no parts or acts.
     */
    public static CatalogEntry imported(String slug, String title, OptionalInt year, Optional<String> director,
            double durationSeconds, boolean blackAndWhite, List<Swatch> palette, List<Rgb> stripes, Origin origin,
            boolean sharesKnown) {
        return new CatalogEntry(slug, title, year, director, durationSeconds, blackAndWhite, palette, stripes,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), FilmKind.FILM, List.of(), List.of(),
                Optional.of(origin), sharesKnown);
    }

    /** This entry under another title, year and director (e.g. what a poster can draw). */
    public CatalogEntry withName(String shownTitle, OptionalInt shownYear, Optional<String> shownDirector) {
        return new CatalogEntry(slug, shownTitle, shownYear, shownDirector, durationSeconds, blackAndWhite, palette,
                stripes, settings, source, colour, collection, kind, parts, acts, origin, sharesKnown);
    }

    /** This entry with the given colour description. */
    public CatalogEntry withColour(VideoColour described) {
        return new CatalogEntry(slug, title, year, director, durationSeconds, blackAndWhite, palette, stripes, settings,
                source, Optional.of(described), collection, kind, parts, acts, origin, sharesKnown);
    }

    /** This entry with the given act palettes. */
    public CatalogEntry withActs(List<Act> palettes) {
        return new CatalogEntry(slug, title, year, director, durationSeconds, blackAndWhite, palette, stripes, settings,
                source, colour, collection, kind, parts, palettes, origin, sharesKnown);
    }

    /** Whether the film's source is HDR (PQ or HLG), tone-mapped to SDR for the analysis. */
    public boolean hdr() {
        return colour.map(VideoColour::hdr).orElse(false);
    }

    /** Whether the entry was imported from another tool's files rather than analysed from video. */
    public boolean imported() {
        return origin.isPresent();
    }

    /**
     * The bars drawn for the film (poster, barcode): its stripes or, for an imported palette without stripes,
     * its palette colours in order, one bar each.
     */
    public List<Rgb> bars() {
        return stripes.isEmpty() ? palette.stream().map(Swatch::colour).toList() : stripes;
    }

    /**
     * A short text that tells these stripes apart from any others (their count and SHA-256), made once: what stamps
     * hold of them instead of a thousand hex codes. The entry's own text holds it too.
     */
    public String stripesDigest() {
        return stripes.toString();
    }

    /** The dominant colour: the palette's largest share (the first colour when the shares are unknown). */
    public Swatch dominant() {
        return palette.stream().reduce((x, y) -> y.share() > x.share() ? y : x).orElseThrow();
    }
}
