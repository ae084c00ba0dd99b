package io.cinechrome.library;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a folder or file name says about a film. Folder and file names may take any of these forms:
 * {@code Title (Year, Director)}, {@code Title (Year)}, {@code Title (Director, Year)}, {@code Title [Year]},
 * {@code Title - Year}, each optionally followed by bracketed notes ({@code Title (Year) [1080p]}). File names
 * may also be scene-release names ({@code Dead.Man.1995.1080p.BluRay.x264-GROUP}, see {@link SceneName}).
 * A parenthesis without a year stays part of the title ({@code Shijie (The World)}).
 *
 * @param title    the title, trimmed; any Unicode, may contain commas, quotes and parentheses
 * @param year     the year, when the name gives one
 * @param director the director(s), when given
 */
public record FilmName(String title, OptionalInt year, Optional<String> director) {

    /** The year group must end the name; a title may hold parentheses of its own before it. */
    private static final Pattern YEAR_DIRECTOR =
            Pattern.compile("^(?<title>.+?)\\s*\\(\\s*(?<year>\\d{4})\\s*(?:,\\s*(?<director>[^()]*?)\\s*)?\\)$");
    private static final Pattern DIRECTOR_YEAR =
            Pattern.compile("^(?<title>.+?)\\s*\\(\\s*(?<director>[^()]*?[^()\\d\\s][^()]*?)\\s*,\\s*(?<year>\\d{4})\\s*\\)$");
    private static final Pattern BRACKET_YEAR = Pattern.compile("^(?<title>.+?)\\s*\\[\\s*(?<year>\\d{4})\\s*]$");
    private static final Pattern DASH_YEAR = Pattern.compile("^(?<title>.+?)\\s+[-\u2013\u2014]\\s+(?<year>\\d{4})$");
    /** Bracketed notes after the year: {@code [1080p]}, {@code [Criterion]}. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\[[^\\[\\]]*]$");
    private static final Pattern[] FORMS = {YEAR_DIRECTOR, DIRECTOR_YEAR, BRACKET_YEAR, DASH_YEAR};
    static final int FIRST_FILM_YEAR = 1870;
    static final int LAST_PLAUSIBLE_YEAR = 2200;

    public FilmName {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a film name needs a title");
        }
        if (year == null || director == null) {
            throw new IllegalArgumentException("year and director must be given (possibly empty) for " + title);
        }
        title = title.strip();
        director = director.map(String::strip).filter(d -> !d.isEmpty());
    }

    /**
     * Parses a folder name or a file name without its extension in one of the library's forms.
     *
     * @return the parsed name, or empty when the name gives no year in any of the forms
     */
    public static Optional<FilmName> parse(String name) {
        String rest = name.strip();
        while (true) {
            Optional<FilmName> parsed = parseForms(rest);
            if (parsed.isPresent()) {
                return parsed;
            }
            Matcher note = TRAILING_NOTE.matcher(rest);
            if (!note.find() || note.start() == 0) {
                return Optional.empty();
            }
            rest = rest.substring(0, note.start()).strip();
        }
    }

    /**
     * Parses a video file's name without its extension: one of the library's forms, else a scene-release name
     * ({@code Pacific.Rim.2013.1080p.BluRay.x264.YIFY}).
     *
     * @return the parsed name, or empty when neither gives a year
     */
    public static Optional<FilmName> parseFileName(String baseName) {
        return parse(baseName).or(() -> SceneName.parse(baseName).filter(n -> n.year().isPresent()));
    }

    /**
     * The best reading of a name: a form with a year, else a scene-release name, else the whole name (with its
     * release tags dropped) as the title.
     */
    public static FilmName guess(String name) {
        return parseFileName(name).or(() -> SceneName.parse(name)).orElseGet(() -> titleOnly(readable(name)));
    }

    /** {@code Ghostbusters.2} reads "Ghostbusters 2": a name without spaces uses dots or underscores for them. */
    private static String readable(String name) {
        String stripped = name.strip();
        return stripped.contains(" ") ? stripped : stripped.replaceAll("[._]+", " ").strip();
    }

    private static Optional<FilmName> parseForms(String name) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(name);
            if (m.matches() && !m.group("title").isBlank() && plausible(m.group("year"))) {
                String director = form == BRACKET_YEAR || form == DASH_YEAR ? null : m.group("director");
                return Optional.of(new FilmName(m.group("title"), OptionalInt.of(Integer.parseInt(m.group("year"))),
                        Optional.ofNullable(director)));
            }
        }
        return Optional.empty();
    }

    static boolean plausible(String year) {
        int value = Integer.parseInt(year);
        return value >= FIRST_FILM_YEAR && value <= LAST_PLAUSIBLE_YEAR;
    }

    /** A film known only by its name: no year, no director. */
    public static FilmName titleOnly(String name) {
        return new FilmName(name, OptionalInt.empty(), Optional.empty());
    }

    /** This name with the year and director of {@code other} where this one has none. */
    public FilmName completedBy(FilmName other) {
        return new FilmName(title, year.isPresent() ? year : other.year(),
                director.isPresent() ? director : other.director());
    }

    /** {@code Title (Year, Director)} as the library convention writes it. */
    public String display() {
        if (year.isEmpty()) {
            return title;
        }
        return title + " (" + year.getAsInt() + director.map(d -> ", " + d).orElse("") + ")";
    }
}
