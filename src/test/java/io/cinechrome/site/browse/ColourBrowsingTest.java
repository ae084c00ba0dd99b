package io.cinechrome.site.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.EarthMovers;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.colour.WeightedLab;
import io.cinechrome.site.SiteFixture;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The colour logic behind browsing by colour: distances, similar films, search ranking and families. */
class ColourBrowsingTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void earthMoversDistanceOfGreysIsTheAreaBetweenTheirDistributions() {
        // On a line (greys: a = b = 0) the EMD has a closed form, the integral of |F1 - F2|.
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<WeightedLab> x = randomGreys(random);
            List<WeightedLab> y = randomGreys(random);
            assertEquals(oneDimensional(x, y), EarthMovers.distance(x, y), TOLERANCE, "round " + round);
        }
    }

    @Test
    void earthMoversDistanceIsAMetric() {
        Random random = new Random(11);
        for (int round = 0; round < 100; round++) {
            List<WeightedLab> x = randomPalette(random);
            List<WeightedLab> y = randomPalette(random);
            List<WeightedLab> z = randomPalette(random);
            assertEquals(0, EarthMovers.distance(x, x), TOLERANCE);
            assertEquals(EarthMovers.distance(x, y), EarthMovers.distance(y, x), TOLERANCE);
            assertTrue(EarthMovers.distance(x, z) <= EarthMovers.distance(x, y) + EarthMovers.distance(y, z)
                    + TOLERANCE);
            assertTrue(EarthMovers.centroidBound(x, y) <= EarthMovers.distance(x, y) + TOLERANCE);
            double bound = EarthMovers.Sketch.of(x).lowerBound(EarthMovers.Sketch.of(y));
            assertTrue(bound <= EarthMovers.distance(x, y), bound + " > " + EarthMovers.distance(x, y));
            assertTrue(bound >= EarthMovers.centroidBound(x, y) - 1e-6, "never looser than the centroids");
        }
        OkLab red = OkLab.of(Rgb.parse("#d7261e"));
        OkLab blue = OkLab.of(Rgb.parse("#2f6fd0"));
        assertEquals(red.distance(blue), EarthMovers.distance(List.of(new WeightedLab(red, 0.3)),
                List.of(new WeightedLab(blue, 5))), TOLERANCE, "one colour each: the ΔE, whatever the weights");
        assertEquals(0.25 * red.distance(blue), EarthMovers.distance(
                List.of(new WeightedLab(red, 0.5), new WeightedLab(blue, 0.5)),
                List.of(new WeightedLab(red, 0.25), new WeightedLab(blue, 0.75))), TOLERANCE);
    }

    @Test
    void aDistanceWithinALimitIsExactAndOneBeyondItIsInfinite() {
        Random random = new Random(13);
        int beyond = 0;
        for (int round = 0; round < 300; round++) {
            List<WeightedLab> x = randomPalette(random);
            List<WeightedLab> y = randomPalette(random);
            double exact = EarthMovers.distance(x, y);
            double limit = exact * (0.5 + random.nextDouble());
            double within = EarthMovers.distance(x, y, limit);
            if (exact <= limit) {
                assertEquals(exact, within, "round " + round + ": within the limit, the distance itself");
            } else {
                beyond++;
                assertEquals(Double.POSITIVE_INFINITY, within, "round " + round + ": beyond the limit");
            }
            assertEquals(exact, EarthMovers.distance(x, y, exact), "round " + round + ": a limit of the distance");
        }
        assertTrue(beyond > 100 && beyond < 200, beyond + " of 300 beyond their limits");
        List<WeightedLab> x = randomPalette(random);
        assertEquals(0, EarthMovers.distance(x, x, 0), "a palette is within any limit of itself");
        assertEquals(Double.POSITIVE_INFINITY, EarthMovers.distance(x, randomPalette(random), -1),
                "nothing is within a negative limit");
        assertThrows(IllegalArgumentException.class, () -> EarthMovers.distance(x, x, Double.NaN));
    }

    @Test
    void similarFilmsAreTheNearestByTheExactDistanceWithTiesByTitle() {
        Random random = new Random(3);
        List<List<WeightedLab>> palettes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            palettes.add(randomPalette(random));
        }
        palettes.add(palettes.get(5));
        SimilarFilms similar = new SimilarFilms(palettes);
        for (int i = 0; i < palettes.size(); i++) {
            int own = i;
            List<Integer> brute = IntStream.range(0, palettes.size()).filter(j -> j != own).boxed()
                    .sorted(Comparator.comparingDouble((Integer j) -> EarthMovers.distance(palettes.get(
                            Math.min(own, j)), palettes.get(Math.max(own, j)))).thenComparingInt(j -> j))
                    .limit(SimilarFilms.COUNT).toList();
            assertEquals(brute, similar.of(i), "film " + i);
            assertEquals(similar.distance(i, (i + 1) % palettes.size()),
                    similar.distance((i + 1) % palettes.size(), i));
        }
        assertEquals(60, similar.of(5).get(0), "an identical palette is the closest");
    }

    @Test
    void theFilmHoldingTheColourRanksFirst() {
        List<CatalogEntry> films = SiteFixture.films();
        List<List<WeightedLab>> palettes = films.stream().map(f -> PaletteProfile.of(f).colours()).toList();
        for (String hex : List.of("#1d7a78", "#d7261e", "#c2308a", "#79b8e8", "#0b2b12")) {
            ColourSearch.Match first = ColourSearch.rank(palettes, OkLab.of(Rgb.parse(hex))).get(0);
            CatalogEntry film = films.get(first.index());
            assertEquals(hex, film.palette().get(first.closest()).colour().hex(), film.slug());
            assertEquals(0, first.distance(), 1e-12);
        }
        List<WeightedLab> blue = List.of(WeightedLab.of(Rgb.parse("#2f6fd0"), 1));
        assertEquals(1, ColourSearch.match(0, blue, OkLab.of(Rgb.parse("#2f6fd0"))).score(), TOLERANCE);
        double near = ColourSearch.match(0, blue, OkLab.of(Rgb.parse("#1e90ff"))).score();
        double far = ColourSearch.match(0, blue, OkLab.of(Rgb.parse("#f0a030"))).score();
        assertTrue(near > 0.1 && near < 1 && far < 1e-6, near + " " + far);
    }

    @Test
    void coloursFallInTheirFamilies() {
        String[][] expected = {
            {"#d7261e", "RED"}, {"#5c1a1b", "RED"}, {"#ec7a1c", "ORANGE"}, {"#f5dd3a", "YELLOW"},
            {"#6b6b2a", "OLIVE"}, {"#3a9a3f", "GREEN"}, {"#a8e6c3", "GREEN"}, {"#1d7a78", "TEAL"},
            {"#35c4c9", "TEAL"}, {"#1e90ff", "BLUE"}, {"#0f1a45", "BLUE"}, {"#7a3aa0", "PURPLE"},
            {"#5e2750", "PURPLE"}, {"#f29bb8", "PINK"}, {"#c2308a", "PINK"}, {"#6b4426", "BROWN"},
            {"#dccfb0", "BEIGE"}, {"#c8a37a", "BEIGE"}, {"#ffffff", "WHITE"}, {"#f5edd6", "WHITE"},
            {"#7f7f7f", "GREY"}, {"#2c3a47", "GREY"}, {"#333333", "GREY"}, {"#222222", "BLACK"},
            {"#0b0b20", "BLACK"}};
        for (String[] pair : expected) {
            assertEquals(ColourFamily.valueOf(pair[1]), ColourFamily.of(Rgb.parse(pair[0])), pair[0]);
        }
        List<Swatch> palette = List.of(new Swatch(Rgb.parse("#1e90ff"), 0.5), new Swatch(Rgb.parse("#2f6fd0"), 0.1),
                new Swatch(Rgb.parse("#d7261e"), ColourFamily.MIN_SHARE), new Swatch(Rgb.parse("#3a9a3f"),
                        0.4 - ColourFamily.MIN_SHARE - 0.01), new Swatch(Rgb.parse("#f5dd3a"), 0.01));
        assertEquals(List.of(ColourFamily.RED, ColourFamily.GREEN, ColourFamily.BLUE), ColourFamily.of(palette),
                "shares of a family add up; a family needs MIN_SHARE");
        List<Swatch> shadows = List.of(new Swatch(Rgb.parse("#1e90ff"), 0.75), new Swatch(Rgb.parse("#0b0b0b"), 0.25));
        assertEquals(List.of(ColourFamily.BLUE), ColourFamily.of(shadows), "25% shadows do not make a black film");
        List<Swatch> noir = List.of(new Swatch(Rgb.parse("#1e90ff"), 0.65), new Swatch(Rgb.parse("#0b0b0b"), 0.35));
        assertEquals(List.of(ColourFamily.BLUE, ColourFamily.BLACK), ColourFamily.of(noir));
        assertTrue(ColourFamily.values().length >= 12 && ColourFamily.values().length <= 16);
    }

    // ------------------------------------------------------------------------------------------------------

    private static List<WeightedLab> randomGreys(Random random) {
        int n = 1 + random.nextInt(8);
        List<WeightedLab> greys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            greys.add(new WeightedLab(new OkLab(random.nextDouble(), 0, 0), 0.01 + random.nextDouble()));
        }
        return greys;
    }

    /** One to ten random colours with random weights; also the similar-film memory's test films. */
    static List<WeightedLab> randomPalette(Random random) {
        int n = 1 + random.nextInt(10);
        List<WeightedLab> palette = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            palette.add(WeightedLab.of(new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256)),
                    0.01 + random.nextDouble()));
        }
        return palette;
    }

    /** ∫ |F_x(t) - F_y(t)| dt over lightness, for palettes on the grey axis. */
    private static double oneDimensional(List<WeightedLab> x, List<WeightedLab> y) {
        double totalX = x.stream().mapToDouble(WeightedLab::weight).sum();
        double totalY = y.stream().mapToDouble(WeightedLab::weight).sum();
        List<double[]> events = new ArrayList<>();
        x.forEach(c -> events.add(new double[] {c.lab().l(), c.weight() / totalX}));
        y.forEach(c -> events.add(new double[] {c.lab().l(), -c.weight() / totalY}));
        events.sort(Comparator.comparingDouble(e -> e[0]));
        double area = 0;
        double difference = 0;
        for (int i = 0; i < events.size() - 1; i++) {
            difference += events.get(i)[1];
            area += Math.abs(difference) * (events.get(i + 1)[0] - events.get(i)[0]);
        }
        return area;
    }
}
