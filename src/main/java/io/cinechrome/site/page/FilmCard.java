package io.cinechrome.site.page;

import java.util.List;

/**
 * A film in a grid: thumbnail, title, year and director, with its positions in the three sort orders
 * (so the index page can re-sort in place with JavaScript).
 *
 * @param href          relative address of the film's page
 * @param title         the film's title
 * @param year          the year, or empty
 * @param director      the director, or empty
 * @param thumb         the poster thumbnail
 * @param strip         the main palette colours for the colour strip under the thumbnail
 * @param titleRank     position when sorted by title, from 0
 * @param yearRank      position when sorted by year, from 0
 * @param directorRank  position when sorted by director, from 0
 */
public record FilmCard(String href, String title, String year, String director, Image thumb,
        List<SwatchView> strip, int titleRank, int yearRank, int directorRank) {

    public FilmCard {
        Checks.text("film address", href);
        Checks.text("film title", title);
        Checks.notNull("year", year);
        Checks.notNull("director", director);
        Checks.notNull("thumbnail", thumb);
        strip = Checks.list("colour strip", strip);
        if (titleRank < 0 || yearRank < 0 || directorRank < 0) {
            throw new IllegalArgumentException("sort positions must not be negative");
        }
    }

    /** "1995 · Michael Mann", "1995", "Michael Mann" or empty. */
    public String byline() {
        if (year.isEmpty() || director.isEmpty()) {
            return year + director;
        }
        return year + " · " + director;
    }
}
