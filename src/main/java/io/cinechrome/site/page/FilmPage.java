package io.cinechrome.site.page;

import java.util.List;

/**
 * One film's page.
 *
 * @param chrome        shared page parts
 * @param head          metadata
 * @param title         the film's title
 * @param year          link to the year's page (label: the year), or {@link Link#NONE}
 * @param director      link to the director's page (label: the name), or {@link Link#NONE}
 * @param duration      {@code h:mm:ss}
 * @param durationIso   {@code PT2H50M12S}
 * @param blackAndWhite whether the film is black and white
 * @param colours       the palette in words ("mostly deep blue, teal and black")
 * @param poster        the fingerprint poster
 * @param palette       the palette, largest share first
 * @param timeline      the barcode as a timeline
 * @param card          the palette card image
 * @param downloads     the poster and palette card images to download
 * @param exports       the palette as files for design tools (CSS, JSON, GIMP, Adobe)
 * @param similar       the films with the closest palettes, closest first
 * @param previous      the previous film by title, or {@link Link#NONE}
 * @param next          the next film by title, or {@link Link#NONE}
 * @param featured      the poster in the featured style (shown first)
 * @param posters       every poster style, the featured one first, each to download as SVG and PNG
 * @param acts          the film's acts with their palettes (empty for entries analysed without acts)
 * @param hdr           whether the source is HDR (its colours were tone-mapped to SDR); shows a badge
 * @param form          "Series of 13 episodes", "Film in 2 parts", or empty for a film in one file
 * @param prints        the film's print sources, from which the page's script makes the posters and the palette
 *                      card (see {@code Downloads.BROWSER}), or empty when they are saved as files
 * @param deflated      the deflated file that holds the exports, which the page's script unpacks when one is
 *                      downloaded (its name, beside the page), or empty when they are saved as files
 */
public record FilmPage(Chrome chrome, Head head, String title, Link year, Link director, String duration,
        String durationIso, boolean blackAndWhite, String colours, Image poster, List<SwatchView> palette,
        Timeline timeline, Image card, List<Link> downloads, List<Link> exports, List<FilmCard> similar,
        Link previous, Link next, PosterView featured, List<PosterView> posters,
        List<ActView> acts, boolean hdr, String form, String prints, String deflated)
        implements PageModel {

    public FilmPage {
        Checks.notNull("chrome", chrome);
        Checks.notNull("head", head);
        Checks.text("title", title);
        Checks.notNull("year", year);
        Checks.notNull("director", director);
        Checks.text("duration", duration);
        Checks.text("ISO duration", durationIso);
        Checks.text("colour words", colours);
        Checks.notNull("poster", poster);
        palette = Checks.list("palette", palette);
        Checks.notNull("timeline", timeline);
        Checks.notNull("palette card", card);
        downloads = Checks.list("downloads", downloads);
        exports = Checks.list("exports", exports);
        similar = Checks.list("similar films", similar);
        Checks.notNull("previous film", previous);
        Checks.notNull("next film", next);
        Checks.notNull("featured poster", featured);
        posters = Checks.list("posters", posters);
        acts = Checks.list("acts", acts);
        Checks.notNull("form", form);
        Checks.notNull("print sources", prints);
        Checks.notNull("deflated exports", deflated);
    }

    /** The palette bar's inline style, each colour as wide as its share ({@link ColourStrip}). */
    public String paletteStrip() {
        return ColourStrip.style(palette);
    }

    /** {@code dir="auto"} for a title with right-to-left text in it, else nothing ({@link Bidi}). */
    public String titleDir() {
        return Bidi.dir(title);
    }
}
