package io.cinechrome.site;

import io.cinechrome.catalog.Act;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.Downloads;
import io.cinechrome.render.ImageFiles;
import io.cinechrome.render.PosterStyle;
import io.cinechrome.render.RenderSettings;
import io.cinechrome.site.browse.ColourNames;
import io.cinechrome.site.page.ActView;
import io.cinechrome.site.page.Chapter;
import io.cinechrome.site.page.Image;
import io.cinechrome.site.page.Link;
import io.cinechrome.site.page.PosterView;
import io.cinechrome.site.page.SwatchView;
import io.cinechrome.site.page.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns one catalogue entry into the pieces pages show: names, alt texts, swatches, the timeline. */
final class FilmViews {

    /** The folder of the films' pages, relative to the site root. */
    static final String FILMS = "films/";
    /** Colours in the strip under a thumbnail. */
    static final int STRIP_COLOURS = 5;
    /** Stretches the timeline is told in. */
    static final int CHAPTERS = 8;
    private static final double PERCENT = 100;
    /** Shares that round to 1% or more are shown in whole percent, smaller ones with one decimal. */
    private static final double WHOLE_PERCENT_FROM = 0.95;
    /** A card's picture of a film without colour words (none is analysed without a palette, but alt is never blank). */
    private static final String CARD_ALT_WITHOUT_COLOURS = "Fingerprint";

    private FilmViews() {
    }

    /** "Heat (1995)", or the title alone when the year is unknown. */
    static String label(CatalogEntry film) {
        return film.year().isPresent() ? film.title() + " (" + film.year().getAsInt() + ")" : film.title();
    }

    /** The palette in words, e.g. "mostly deep blue, teal and black", with "black and white, " before greys. */
    static String colourWords(CatalogEntry film) {
        String words = ColourNames.describe(film.palette());
        return film.blackAndWhite() ? "black and white, " + words : words;
    }

    /** The film's acts with their palettes, in order. */
    static List<ActView> acts(CatalogEntry film) {
        List<ActView> acts = new ArrayList<>();
        for (Act act : film.acts()) {
            String words = ColourNames.describe(act.palette());
            acts.add(new ActView(acts.size() + 1, Clock.position(act.fromSeconds()), Clock.position(act.toSeconds()),
                    film.blackAndWhite() ? "black and white, " + words : words, swatches(act.palette())));
        }
        return acts;
    }

    /** The page of a film, relative to the site root. */
    static String page(CatalogEntry film) {
        return FILMS + film.slug() + "/";
    }

    /** The poster, for a page at {@code root}. */
    static Image poster(CatalogEntry film, String root, Downloads downloads) {
        return image(film, root, ImageFiles.posterPng(film.slug()),
                "Fingerprint of " + label(film) + ": " + colourWords(film), downloads);
    }

    /**
     * A print file's PNG as a page shows it: saved, or drawn by the page's script over the barcode's SVG, which
     * stands in for it without a script.
     */
    private static Image image(CatalogEntry film, String root, String png, String alt, Downloads downloads) {
        if (downloads == Downloads.FILES) {
            return new Image(root + png, alt);
        }
        String svg = png.substring(png.lastIndexOf('/') + 1).replaceFirst("\\.png$", ".svg");
        return new Image(root + ImageFiles.barcodeSvg(film.slug()), alt, "", svg);
    }

    /** The poster in a style, for a page at {@code root}; {@code posterSize} is the square poster's side. */
    static PosterView poster(CatalogEntry film, String root, PosterStyle style, int posterSize,
                             Downloads downloads) {
        String slug = film.slug();
        int width = style == PosterStyle.STRIP ? (int) Math.round(posterSize * RenderSettings.STRIP_WIDTH_FACTOR)
                : posterSize;
        int height = style == PosterStyle.STRIP ? width / RenderSettings.STRIP_ASPECT : posterSize;
        String what = style == PosterStyle.SQUARE ? "Fingerprint" : style.label();
        return new PosterView(style.label(), image(film, root, ImageFiles.posterPng(slug, style),
                what + " of " + label(film) + ": " + colourWords(film), downloads), width, height,
                new Link(root + ImageFiles.posterSvg(slug, style), style.label() + " (SVG)"),
                new Link(root + ImageFiles.posterPng(slug, style), style.label() + " (PNG)"));
    }

    /** Every poster style, the featured one first. */
    static List<PosterView> posters(CatalogEntry film, String root, PosterStyle featured, int posterSize,
                                    Downloads downloads) {
        List<PosterView> posters = new ArrayList<>();
        posters.add(poster(film, root, featured, posterSize, downloads));
        for (PosterStyle style : PosterStyle.values()) {
            if (style != featured) {
                posters.add(poster(film, root, style, posterSize, downloads));
            }
        }
        return posters;
    }

    /**
     * The film's picture in grids, for a page at {@code root}: the ring poster's thumbnails when the ring is
     * featured, else the barcode's SVG, which stretches square (see {@link ImageFiles#hasThumbnails}; a PNG
     * stretched out of its aspect ratio is what page audits flag as a distorted, low-resolution image).
     */
    static Image thumb(CatalogEntry film, String root, PosterStyle featured) {
        String alt = cardAlt(colourWords(film));
        if (!ImageFiles.hasThumbnails(featured)) {
            return new Image(root + ImageFiles.barcodeSvg(film.slug()), alt);
        }
        String thumb = root + ImageFiles.posterThumb(film.slug());
        return new Image(thumb, alt, thumb + " 1x, " + root + ImageFiles.posterThumb2x(film.slug()) + " 2x");
    }

    /**
     * A card's picture only needs its colours in words ("Mostly navy, teal and black"): the card's link already
     * names the film, and a screen reader would read the title twice.
     */
    static String cardAlt(String colourWords) {
        return colourWords.isEmpty() ? CARD_ALT_WITHOUT_COLOURS
                : Character.toUpperCase(colourWords.charAt(0)) + colourWords.substring(1);
    }

    /** The palette card, for a page at {@code root}. */
    static Image card(CatalogEntry film, String root, Downloads downloads) {
        return image(film, root, ImageFiles.palettePng(film.slug()),
                "Palette card of " + label(film) + ": " + colourWords(film), downloads);
    }

    /** The palette as shown, largest share first. */
    static List<SwatchView> swatches(List<Swatch> palette) {
        return palette.stream().map(FilmViews::swatch).toList();
    }

    /** A film's palette as shown: with percentages, or without when the film's shares are unknown (imported). */
    static List<SwatchView> palette(CatalogEntry film) {
        return film.sharesKnown() ? swatches(film.palette())
                : film.palette().stream().map(FilmViews::withoutShare).toList();
    }

    private static SwatchView withoutShare(Swatch swatch) {
        SwatchView view = swatch(swatch);
        return new SwatchView(view.hex(), view.rgb(), "", view.name(), view.width());
    }

    /** The first few colours, for the strip under a thumbnail. */
    static List<SwatchView> strip(CatalogEntry film) {
        return swatches(film.palette().stream().limit(STRIP_COLOURS).toList());
    }

    static SwatchView swatch(Swatch swatch) {
        Rgb c = swatch.colour();
        double percent = swatch.share() * PERCENT;
        String share = percent >= WHOLE_PERCENT_FROM
                ? String.format(Locale.ROOT, "%.0f%%", percent)
                : String.format(Locale.ROOT, "%.1f%%", percent);
        return new SwatchView(c.hex(), c.red() + ", " + c.green() + ", " + c.blue(), share,
                ColourNames.name(c), String.format(Locale.ROOT, "%.2f%%", percent));
    }

    /**
     * The barcode with the stripes for the script and the timeline in words; without stripes (an imported
     * palette) the timeline is not shown.
     */
    static Timeline timeline(CatalogEntry film, String root, Downloads downloads) {
        // Where the browser makes the print files, the barcode's PNG is not saved: its SVG is the same picture.
        Image barcode = new Image(root + (downloads == Downloads.BROWSER ? ImageFiles.barcodeSvg(film.slug())
                : ImageFiles.barcodePng(film.slug())),
                "Colour barcode of " + label(film) + ", one stripe per moment from start to end: "
                        + colourWords(film));
        String stripes = film.stripes().stream().map(Rgb::hex).collect(Collectors.joining(" "));
        return new Timeline(barcode, Math.round(film.durationSeconds()), stripes, chapters(film),
                downloads == Downloads.BROWSER);
    }

    private static List<Chapter> chapters(CatalogEntry film) {
        List<Rgb> stripes = film.stripes();
        int count = Math.min(CHAPTERS, stripes.size());
        if (count == 0) {
            return List.of();
        }
        List<Chapter> chapters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Rgb> part = stripes.subList(i * stripes.size() / count, (i + 1) * stripes.size() / count);
            double from = film.durationSeconds() * i / count;
            double to = film.durationSeconds() * (i + 1) / count;
            List<Swatch> equalShares = part.stream().map(c -> new Swatch(c, 1.0 / part.size())).toList();
            chapters.add(new Chapter(Clock.position(from), Clock.position(to),
                    ColourNames.describe(equalShares), average(part).hex()));
        }
        return chapters;
    }

    private static Rgb average(List<Rgb> colours) {
        double l = 0;
        double a = 0;
        double b = 0;
        for (Rgb colour : colours) {
            OkLab lab = OkLab.of(colour);
            l += lab.l();
            a += lab.a();
            b += lab.b();
        }
        int n = colours.size();
        return new OkLab(l / n, a / n, b / n).toRgb();
    }
}
