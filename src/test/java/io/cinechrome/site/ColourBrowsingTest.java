package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.EarthMovers;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.colour.WeightedLab;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The colour logic behind browsing by colour: distances, search ranking, families, orders and exports. */
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

    @Test
    void colourOrdersPutNeutralFilmsLastByHueAndGoDarkToLight() {
        Gallery gallery = new Gallery(SiteFixture.films());
        List<String> byHue = gallery.byHue().stream().map(CatalogEntry::slug).toList();
        assertEquals("ida-2013", byHue.get(byHue.size() - 1), "a grey dominant colour sorts after every hue");
        assertEquals(List.of("amelie-2001", "a-beautiful-mind-2001", "the-matrix-1999", "collateral-2004",
                "spirited-away-2001", "heat-1995", "script-test"), byHue.subList(0, 7),
                "crimson 21°, brown 57°, dark green 148°, dark teal 197°, sky blue 242°, navy 269°, magenta 348°");
        List<Double> lightness = gallery.byLightness().stream().map(f -> f.palette().stream()
                .mapToDouble(s -> OkLab.of(s.colour()).l() * s.share()).sum()).toList();
        assertEquals(lightness.stream().sorted().toList(), lightness, "dark to light");
        assertEquals("script-test", gallery.byColourfulness().get(0).slug(), "magenta and pink");
        assertEquals("ida-2013", gallery.byColourfulness().get(7).slug(), "black and white");
    }

    @Test
    void aseParsesBackToThePalette() throws IOException {
        CatalogEntry heat = SiteFixture.films().get(0);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(PaletteExports.ase(heat)));
        byte[] signature = new byte[4];
        in.readFully(signature);
        assertEquals("ASEF", new String(signature, StandardCharsets.US_ASCII));
        assertEquals(1, in.readUnsignedShort(), "major version");
        assertEquals(0, in.readUnsignedShort(), "minor version");
        int blocks = in.readInt();
        List<String> names = new ArrayList<>();
        List<Rgb> colours = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int type = in.readUnsignedShort();
            int length = in.readInt();
            byte[] body = new byte[length];
            in.readFully(body);
            DataInputStream block = new DataInputStream(new ByteArrayInputStream(body));
            if (type == 0xC002) {
                assertEquals(0, length);
                continue;
            }
            int units = block.readUnsignedShort();
            byte[] utf16 = new byte[units * 2];
            block.readFully(utf16);
            assertEquals(0, utf16[utf16.length - 1] | utf16[utf16.length - 2], "names end with a null");
            String name = new String(utf16, 0, utf16.length - 2, StandardCharsets.UTF_16BE);
            if (type == 0xC001) {
                groups.add(name);
                continue;
            }
            assertEquals(0x0001, type);
            byte[] model = new byte[4];
            block.readFully(model);
            assertEquals("RGB ", new String(model, StandardCharsets.US_ASCII));
            colours.add(new Rgb(Math.round(block.readFloat() * 255), Math.round(block.readFloat() * 255),
                    Math.round(block.readFloat() * 255)));
            assertEquals(2, block.readUnsignedShort(), "colour type normal");
            assertEquals(0, block.available(), "nothing after the colour type");
            names.add(name);
        }
        assertEquals(0, in.available(), "nothing after the last block");
        assertEquals(List.of("Heat (1995)"), groups);
        assertEquals(heat.palette().stream().map(Swatch::colour).toList(), colours);
        assertEquals("navy #0f1a45", names.get(0));
    }

    @Test
    void gplFollowsGimpsFormat() {
        CatalogEntry heat = SiteFixture.films().get(0);
        List<String> lines = PaletteExports.gpl(heat).lines().toList();
        assertEquals("GIMP Palette", lines.get(0));
        assertEquals("Name: Heat (1995)", lines.get(1));
        assertEquals("Columns: " + PaletteExports.GPL_COLUMNS, lines.get(2));
        List<Rgb> colours = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+", 4);
            colours.add(new Rgb(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                    Integer.parseInt(fields[2])));
            assertTrue(fields[3].matches("[a-z ]+ #[0-9a-f]{6} \\(\\d+\\.\\d%\\)"), fields[3]);
        }
        assertEquals(heat.palette().stream().map(Swatch::colour).toList(), colours);
    }

    @Test
    void cssAndJsonExportsHoldEveryColourWithItsName() throws IOException {
        CatalogEntry nasty = SiteFixture.films().get(7);
        String css = PaletteExports.css(nasty);
        assertTrue(css.contains("  --script-test-1: #c2308a; /* magenta, 50.0% */\n"), css);
        assertEquals(1, css.split("\\*/", -1).length - 1 - nasty.palette().size(), "the title cannot end the comment");
        JsonNode json = new ObjectMapper().readTree(FilmsJson.palette(nasty));
        assertEquals(SiteFixture.NASTY_TITLE, json.get("title").asText());
        assertEquals(nasty.palette().size(), json.get("colours").size());
        JsonNode first = json.get("colours").get(0);
        assertEquals("#c2308a", first.get("hex").asText());
        assertEquals("magenta", first.get("name").asText());
        assertEquals(0.5, first.get("share").asDouble());
        assertArrayEquals(new int[] {0xc2, 0x30, 0x8a}, new int[] {first.get("rgb").get(0).asInt(),
                first.get("rgb").get(1).asInt(), first.get("rgb").get(2).asInt()});
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

    private static List<WeightedLab> randomPalette(Random random) {
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
