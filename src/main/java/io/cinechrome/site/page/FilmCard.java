package io.cinechrome.site.page;

import java.util.List;

/**
 * A film in a grid: thumbnail, title, year and director, with its positions in every sort order and what the
 * filters look at (so the index page can re-sort and filter in place with JavaScript).
 *
 * @param slug          the film's slug, the key of its palette in the colour search's data
 * @param href          relative address of the film's page
 * @param title         the film's title
 * @param year          the year, or empty
 * @param director      the director, or empty
 * @param thumb         the poster thumbnail
 * @param strip         the main palette colours for the colour strip under the thumbnail
 * @param titleRank     position when sorted by title, from 0
 * @param yearRank      position when sorted by year, from 0
 * @param directorRank  position when sorted by director, from 0
 * @param hueRank       position when sorted by hue, from 0
 * @param lightnessRank position when sorted by lightness, from 0
 * @param colourfulnessRank position when sorted by colourfulness, from 0
 * @param families      the slugs of the film's colour families, space separated (may be empty)
 * @param decade        the decade, e.g. {@code 1990}, or empty
 * @param directorKey   the director's slug, or empty
 * @param collection    the slugs of the film's collection folder and its parents, space separated (may be empty)
 */
public record FilmCard(String slug, String href, String title, String year, String director, Image thumb,
        List<SwatchView> strip, int titleRank, int yearRank, int directorRank, int hueRank, int lightnessRank,
        int colourfulnessRank, String families, String decade, String directorKey, String collection) {

    public FilmCard {
        Checks.text("film slug", slug);
        Checks.notNull("families", families);
        Checks.notNull("decade", decade);
        Checks.notNull("director key", directorKey);
        Checks.notNull("collection", collection);
        if (hueRank < 0 || lightnessRank < 0 || colourfulnessRank < 0) {
            throw new IllegalArgumentException("sort positions must not be negative");
        }
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
