package io.cinechrome.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.decode.DecodedFrame;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ColourModesTest {

    private static final double SAME = 1e-9;
    /** Stripes within this ΔE OKLab of each other count as the same colour (as in fast/exact agreement). */
    private static final double SAME_COLOUR = 0.05;
    private static final int WIDTH = 160;
    private static final int HEIGHT = 90;
    private static final int GRAIN = 8;

    private static WeightedColours points(Object... hexAndWeight) {
        WeightedColours points = new WeightedColours();
        for (int i = 0; i < hexAndWeight.length; i += 2) {
            points.add(OkLab.of(Rgb.parse((String) hexAndWeight[i])), (Double) hexAndWeight[i + 1]);
        }
        return points;
    }

    @Test
    void distinctFlatColoursAreModesWithTheirSharesDensestFirst() {
        List<Cluster> modes = ColourModes.of(points("#2050c0", 0.35, "#c03020", 0.65));
        assertEquals(2, modes.size());
        assertEquals(Rgb.parse("#c03020"), modes.get(0).centre().toRgb());
        assertEquals(0.65, modes.get(0).weight(), SAME);
        assertEquals(Rgb.parse("#2050c0"), modes.get(1).centre().toRgb());
        assertEquals(0.35, modes.get(1).weight(), SAME);
    }

    @Test
    void shadesCloserThanTheNeighbourhoodAreOneModeAtTheirMean() {
        String[] greens = {"#2e7d32", "#31803a", "#2b7a30", "#338236"};
        WeightedColours points = points("#b71c1c", 0.4);
        OkLab sum = new OkLab(0, 0, 0);
        for (String green : greens) {
            OkLab shade = OkLab.of(Rgb.parse(green));
            points.add(shade, 0.15);
            sum = new OkLab(sum.l() + shade.l() / greens.length, sum.a() + shade.a() / greens.length,
                    sum.b() + shade.b() / greens.length);
        }
        List<Cluster> modes = ColourModes.of(points);
        assertEquals(0.6, modes.get(0).weight(), SAME, "the four shades together outweigh the red");
        assertTrue(modes.get(0).centre().distance(sum) < SAME, "their mean: " + modes.get(0).centre());
        assertEquals(Rgb.parse("#b71c1c"), modes.get(1).centre().toRgb());
    }

    @Test
    void noColoursGiveNoModesAndASliverIsNotAMode() {
        assertEquals(List.of(), ColourModes.of(new WeightedColours()));
        List<Cluster> modes = ColourModes.of(points("#808080", 0.995, "#ff0000", 0.005));
        assertEquals(1, modes.size(), "a colour under 1 % of the frame is left out: " + modes);
    }

    @Test
    void theOrderOfTheColoursDoesNotMatter() {
        SplittableRandom random = new SplittableRandom(7);
        List<double[]> colours = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            colours.add(new double[] {random.nextDouble(0.2, 0.9), random.nextDouble(-0.1, 0.1),
                    random.nextDouble(-0.1, 0.1), random.nextDouble(0.001, 0.01)});
        }
        List<Cluster> first = ColourModes.of(toPoints(colours));
        Collections.shuffle(colours, new Random(11));
        assertEquals(first, ColourModes.of(toPoints(colours)));
        assertEquals(ColourModes.MODES_PER_FRAME, first.size());
    }

    /**
     * A grainy, slowly panning scene of grey road and blue-grey sky in about equal parts, as in a street scene: the
     * frame's dominant mode stays the same colour from one frame to the next, where the dominant k-means cluster
     * of the same frames (how stripes were made before) changes colour about one frame in three.
     */
    @Test
    void aPanningNoisySceneKeepsItsDominantColourFromFrameToFrame() {
        FrameColours colours = new FrameColours();
        Crop crop = Crop.full(WIDTH, HEIGHT);
        List<OkLab> modes = new ArrayList<>();
        List<OkLab> clusters = new ArrayList<>();
        for (int f = 0; f < 60; f++) {
            FrameColours.Colours frame = colours.of(street(f), crop);
            modes.add(Dominance.of(frame.modes()).centre());
            clusters.add(Dominance.of(frame.clusters()).centre());
        }
        double modeSteadiness = steadiness(modes);
        assertTrue(modeSteadiness >= 0.95, "modes kept their colour in " + modeSteadiness + " of frame pairs");
        assertTrue(steadiness(clusters) < modeSteadiness, "k-means clusters: " + steadiness(clusters));
    }

    private static double steadiness(List<OkLab> dominant) {
        int same = 0;
        for (int i = 1; i < dominant.size(); i++) {
            if (dominant.get(i).distance(dominant.get(i - 1)) <= SAME_COLOUR) {
                same++;
            }
        }
        return same / (double) (dominant.size() - 1);
    }

    /**
     * Frame {@code f} of the scene: sky and road each shaded over a wide range, the camera panning one pixel a
     * frame, and film grain that differs in every frame.
     */
    private static DecodedFrame street(int f) {
        SplittableRandom grain = new SplittableRandom(f);
        byte[] rgb = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int u = x + f;
                boolean sky = y < HEIGHT / 2 + (int) (6 * Math.sin(u / 23.0));
                double light = 0.5 + 0.5 * Math.sin(u / 13.0 + y / 11.0);
                double shade = sky ? 110 + 90 * light : 60 + 90 * light;
                int offset = (y * WIDTH + x) * 3;
                rgb[offset] = channel(shade - (sky ? 12 : 0) + grain.nextInt(-GRAIN, GRAIN + 1));
                rgb[offset + 1] = channel(shade + grain.nextInt(-GRAIN, GRAIN + 1));
                rgb[offset + 2] = channel(shade + (sky ? 18 : -6) + grain.nextInt(-GRAIN, GRAIN + 1));
            }
        }
        return new DecodedFrame(f / 25.0, WIDTH, HEIGHT, rgb);
    }

    private static byte channel(double value) {
        return (byte) Math.max(0, Math.min(255, (int) Math.round(value)));
    }

    private static WeightedColours toPoints(List<double[]> colours) {
        WeightedColours points = new WeightedColours();
        for (double[] c : colours) {
            points.add(c[0], c[1], c[2], c[3]);
        }
        return points;
    }
}
