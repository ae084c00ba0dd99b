package io.cinechrome.site.page;

import java.util.List;

/**
 * A film in a grid: thumbnail, title, year and director. The index's script sorts and filters all films from
 * {@code data/colours.js} (keyed by the slug, which it reads from the card's link), so a card carries no sort
 * positions: a film's card, and the pages showing it, stay the same when other films come and go.
 *
 * @param slug          the film's slug, the key of its data in the colour search's data
 * @param href          relative address of the film's page, ending in {@code <slug>/}
 * @param title         the film's title
 * @param year          the year, or empty
 * @param director      the director, or empty
 * @param thumb         the poster thumbnail
 * @param strip         the main palette colours for the colour strip under the thumbnail
 */
public record FilmCard(String slug, String href, String title, String year, String director, Image thumb,
        List<SwatchView> strip) {

    public FilmCard {
        Checks.text("film slug", slug);
        Checks.text("film address", href);
        Checks.text("film title", title);
        Checks.notNull("year", year);
        Checks.notNull("director", director);
        Checks.notNull("thumbnail", thumb);
        strip = Checks.list("colour strip", strip);
    }

    /** The strip's inline style ({@link ColourStrip}); empty without colours. */
    public String stripStyle() {
        return ColourStrip.style(strip);
    }

    /** Whether the title needs {@code dir="auto"} ({@link Bidi}). */
    public boolean titleRightToLeft() {
        return Bidi.hasRightToLeft(title);
    }

    /** Whether the byline needs {@code dir="auto"} ({@link Bidi}). */
    public boolean bylineRightToLeft() {
        return Bidi.hasRightToLeft(byline());
    }

    /** "1995 · Michael Mann", "1995", "Michael Mann" or empty. */
    public String byline() {
        if (year.isEmpty() || director.isEmpty()) {
            return year + director;
        }
        return year + " · " + director;
    }
}
