package io.cinechrome.library;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a folder or file name says about a film: {@code Title (Year, Director)} or {@code Title (Year)}.
 *
 * @param title    the title, trimmed; any Unicode, may contain commas, quotes and parentheses
 * @param year     the year, when the name follows the convention
 * @param director the director(s), when given
 */
public record FilmName(String title, OptionalInt year, Optional<String> director) {

    /** The year group must end the name; a title may hold parentheses of its own before it. */
    private static final Pattern CONVENTION =
            Pattern.compile("^(?<title>.+?)\\s*\\(\\s*(?<year>\\d{4})\\s*(?:,\\s*(?<director>[^()]*?)\\s*)?\\)\\s*$");
    private static final int FIRST_FILM_YEAR = 1870;
    private static final int LAST_PLAUSIBLE_YEAR = 2200;

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
     * Parses a folder name or a file name without its extension.
     *
     * @return the parsed name, or empty when the name does not follow the convention
     */
    public static Optional<FilmName> parse(String name) {
        Matcher m = CONVENTION.matcher(name.strip());
        if (!m.matches() || m.group("title").isBlank()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("year"));
        if (year < FIRST_FILM_YEAR || year > LAST_PLAUSIBLE_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new FilmName(m.group("title"), OptionalInt.of(year),
                Optional.ofNullable(m.group("director"))));
    }

    /** A film known only by its name: no year, no director. */
    public static FilmName titleOnly(String name) {
        return new FilmName(name, OptionalInt.empty(), Optional.empty());
    }

    /** {@code Title (Year, Director)} as the library convention writes it. */
    public String display() {
        if (year.isEmpty()) {
            return title;
        }
        return title + " (" + year.getAsInt() + director.map(d -> ", " + d).orElse("") + ")";
    }
}
