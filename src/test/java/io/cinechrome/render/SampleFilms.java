package io.cinechrome.render;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Source;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Fixed, deterministic catalogue entries for the render tests. */
final class SampleFilms {

    static final int STRIPES = 240;
    private static final double WOBBLE = 0.035;

    private SampleFilms() {
    }

    /** Night blue through purple and red to a golden sunset and back to dusk. */
    static CatalogEntry sunset() {
        return entry("golden-hour-2019", "Golden Hour", 2019, "Ava Lindqvist", false,
                gradient("#0b1d3a", "#3b2a63", "#8e2f5c", "#d2493a", "#f08a2c", "#f7c65a", "#e37b3c", "#5a2f4f",
                        "#14213d"));
    }

    /** A black-and-white film: greys with flicker. */
    static CatalogEntry noir() {
        return entry("the-third-man-1949", "The Third Man", 1949, "Carol Reed", true,
                gradient("#101010", "#3a3a3a", "#8c8c8c", "#d9d9d9", "#202020", "#5f5f5f", "#f2f2f2", "#262626"));
    }

    /** A CJK title over greens and teals. */
    static CatalogEntry spiritedAway() {
        return entry("spirited-away-2001", "千と千尋の神隠し", 2001, "宮崎駿", false,
                gradient("#1d3b2a", "#4f7d4a", "#9cc18a", "#2b6f77", "#d8c48f", "#a34d3b", "#243a5e", "#7fb0a8"));
    }

    /** A very long title. */
    static CatalogEntry longTitle() {
        return entry("dr-strangelove-1964",
                "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb", 1964, "Stanley Kubrick",
                true, gradient("#0d0d0d", "#575757", "#bdbdbd", "#2e2e2e", "#e6e6e6", "#444444"));
    }

    /** A title made to break naive XML. */
    static CatalogEntry hostile() {
        return entry("tom-and-jerry-1940", "<Tom & \"Jerry\"> ]]> '", 1940, "Hanna & Barbera <script>", false,
                gradient("#ffffff", "#ffe9a8", "#f7f7f7", "#fff4d6"));
    }

    /** Accents, Cyrillic and Greek. */
    static List<CatalogEntry> scripts() {
        return List.of(
                entry("amelie-2001", "Le Fabuleux Destin d'Amélie Poulain", 2001, "Jean-Pierre Jeunet", false,
                        gradient("#2f5d2a", "#c7342b", "#e8b23c", "#1f4d2e", "#a31f1f")),
                entry("potemkin-1925", "Броненосец «Потёмкин»", 1925, "Сергей Эйзенштейн", true,
                        gradient("#1a1a1a", "#9a9a9a", "#4a4a4a", "#dcdcdc")),
                entry("zorba-1964", "Αλέξης Ζορμπάς", 1964, "Μιχάλης Κακογιάννης", true,
                        gradient("#e0e0e0", "#707070", "#2a2a2a", "#b0b0b0")));
    }

    /** A film with the given stripes; its palette is a few of them with made-up shares. */
    static CatalogEntry entry(String slug, String title, int year, String director, boolean blackAndWhite,
                              List<Rgb> stripes) {
        return new CatalogEntry(slug, title, OptionalInt.of(year), Optional.of(director), 6_000, blackAndWhite,
                palette(stripes), stripes, AnalysisSettings.defaults(),
                new Source(slug + ".mkv", 1_000_000, "2024-01-01T00:00:00Z", "sha256:00"));
    }

    /** Stripes blending through the key colours in OKLab, with a deterministic wobble in lightness. */
    static List<Rgb> gradient(String... keys) {
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < STRIPES; i++) {
            double position = (double) i / (STRIPES - 1) * (keys.length - 1);
            int from = Math.min((int) position, keys.length - 2);
            double t = position - from;
            OkLab a = OkLab.of(Rgb.parse(keys[from]));
            OkLab b = OkLab.of(Rgb.parse(keys[from + 1]));
            double wobble = WOBBLE * Math.sin(i * 0.7) * Math.sin(i * 0.13);
            stripes.add(new OkLab(a.l() + (b.l() - a.l()) * t + wobble, a.a() + (b.a() - a.a()) * t,
                    a.b() + (b.b() - a.b()) * t).toRgb());
        }
        return stripes;
    }

    private static List<Swatch> palette(List<Rgb> stripes) {
        double[] weights = {0.31, 0.22, 0.16, 0.12, 0.08, 0.05, 0.03, 0.02, 0.007, 0.003};
        List<Swatch> palette = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = i == weights.length - 1 ? 1 - sum : weights[i];
            sum += share;
            palette.add(new Swatch(stripes.get((i * 53 + 17) % stripes.size()), share));
        }
        return palette;
    }
}
