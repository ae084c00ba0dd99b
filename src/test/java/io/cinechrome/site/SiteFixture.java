package io.cinechrome.site;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Source;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.PixelSize;
import io.cinechrome.render.PosterStage;
import io.cinechrome.render.RenderReport;
import io.cinechrome.render.RenderSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A small catalogue with awkward titles, and stand-in images where the render stage would put its own. */
public final class SiteFixture {

    /** A title that must come out escaped everywhere. */
    static final String NASTY_TITLE = "<script>alert('x')</script> & \"Quotes\"";
    static final int STRIPES = 48;
    /** A card's title: the span after its colour strip (a card names only itself and its strip). */
    static final String CARD_TITLE = ".card-strip + span";
    /** A script expression for the slug of the film a card {@code c} shows: the last folder of its link. */
    static final String CARD_SLUG_SCRIPT = "c.querySelector('a').getAttribute('href').split('/').slice(-2)[0]";
    private static final int TEST_POSTER_SIZE = 600;
    private static final int TEST_THUMB_SIZE = 360;

    private SiteFixture() {
    }

    /** The small catalogue: eight films, Heat first and the nasty title last; Ida is black and white. */
    public static List<CatalogEntry> films() {
        return List.of(
                film("heat-1995", "Heat", 1995, "Michael Mann", 10_212, false,
                        "#0f1a45:0.34", "#1d7a78:0.22", "#101010:0.2", "#4a6a88:0.14", "#c8a37a:0.1"),
                film("collateral-2004", "Collateral", 2004, "Michael Mann", 7_200, false,
                        "#0f3b3c:0.4", "#a5d13b:0.1", "#f0a030:0.2", "#1b1b1b:0.3"),
                film("the-matrix-1999", "The Matrix", 1999, "Lana Wachowski", 8_160, false,
                        "#0b2b12:0.45", "#3a9a3f:0.25", "#050505:0.2", "#a8e6c3:0.1"),
                film("amelie-2001", "Amélie", 2001, "Jean-Pierre Jeunet", 7_320, false,
                        "#a3152a:0.3", "#1f4d2b:0.3", "#f0a030:0.25", "#f5edd6:0.15"),
                film("spirited-away-2001", "千と千尋の神隠し", 2001, "宮崎駿", 7_500, false,
                        "#79b8e8:0.3", "#d7261e:0.25", "#6b4426:0.25", "#f5edd6:0.2"),
                film("ida-2013", "Ida", 2013, "Paweł Pawlikowski", 4_920, true,
                        "#141414:0.3", "#555555:0.3", "#9a9a9a:0.25", "#e6e6e6:0.15"),
                film("a-beautiful-mind-2001", "A Beautiful Mind", 2001, "Ron Howard", 8_100, false,
                        "#6b4426:0.4", "#dccfb0:0.35", "#2c3a47:0.25"),
                nasty());
    }

    private static CatalogEntry nasty() {
        List<Swatch> palette = swatches("#c2308a:0.5", "#f29bb8:0.3", "#5e2750:0.2");
        return new CatalogEntry("script-test", NASTY_TITLE, OptionalInt.empty(), Optional.empty(), 1_234.5, false,
                palette, stripes(palette), AnalysisSettings.defaults(), source("script-test"));
    }

    static CatalogEntry film(String slug, String title, int year, String director, double seconds, boolean grey,
            String... colours) {
        List<Swatch> palette = swatches(colours);
        return new CatalogEntry(slug, title, OptionalInt.of(year), Optional.of(director), seconds, grey, palette,
                stripes(palette), AnalysisSettings.defaults(), source(slug));
    }

    /**
     * {@code count} films with random palettes of 6 to 10 colours (fixed seed), years 1950-2024 and 40 directors,
     * for benchmarks of the colour search and the similar films.
     */
    static List<CatalogEntry> synthetic(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<CatalogEntry> films = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int colours = 6 + random.nextInt(5);
            double[] weights = new double[colours];
            double total = 0;
            for (int k = 0; k < colours; k++) {
                weights[k] = 0.05 + random.nextDouble();
                total += weights[k];
            }
            List<Swatch> palette = new ArrayList<>();
            double left = 1;
            for (int k = 0; k < colours; k++) {
                double share = k == colours - 1 ? left : weights[k] / total;
                left -= share;
                palette.add(new Swatch(new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256)),
                        share));
            }
            String slug = "film-" + i;
            films.add(new CatalogEntry(slug, "Film " + i, OptionalInt.of(1950 + random.nextInt(75)),
                    Optional.of("Director " + random.nextInt(40)), 5400, false, palette, stripes(palette),
                    AnalysisSettings.defaults(), source(slug)));
        }
        return films;
    }

    private static Source source(String slug) {
        return new Source(slug + ".mkv", 1_000_000, "2024-01-01T00:00:00Z", "sha256:" + slug);
    }

    private static List<Swatch> swatches(String... colours) {
        List<Swatch> swatches = new ArrayList<>();
        for (String colour : colours) {
            String[] parts = colour.split(":");
            swatches.add(new Swatch(Rgb.parse(parts[0]), Double.parseDouble(parts[1])));
        }
        return swatches;
    }

    /** Stripes that wander through the palette, so the barcode has some life. */
    private static List<Rgb> stripes(List<Swatch> palette) {
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < STRIPES; i++) {
            OkLab a = OkLab.of(palette.get(i * palette.size() / STRIPES).colour());
            OkLab b = OkLab.of(palette.get((i * 7 / 5 + 1) % palette.size()).colour());
            double t = (Math.sin(i * 0.7) + 1) / 4;
            stripes.add(new OkLab(a.l() + (b.l() - a.l()) * t, a.a() + (b.a() - a.a()) * t,
                    a.b() + (b.b() - a.b()) * t).toRgb());
        }
        return stripes;
    }

    /**
     * Draws every film's images with the real render stage, small and on two threads to keep tests quick.
     * The images land in {@code siteDir/img/<slug>/} at the paths of {@code ImageFiles}.
     */
    static void writeImages(Path siteDir, List<CatalogEntry> films) {
        RenderSettings small = new RenderSettings(TEST_POSTER_SIZE, TEST_THUMB_SIZE, new PixelSize(1200, 150),
                new PixelSize(1200, 300), true, 2);
        RenderReport report = new PosterStage(small).renderAll(films, siteDir);
        if (!report.ok()) {
            throw new IllegalStateException("the render stage failed: " + report.failures());
        }
    }
}
