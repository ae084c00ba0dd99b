package io.cinechrome.colour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap bounds that let a similar-films search skip exact distances. */
class EarthMoversTest {

    @Test
    void eachBoundIsBelowTheNextAndTheRelaxedOneBelowTheDistanceOftenTighterThanTheSketch() {
        Random random = new Random(17);
        int tighter = 0;
        int tighterThanNearest = 0;
        for (int round = 0; round < 500; round++) {
            List<WeightedLab> x = palette(random);
            List<WeightedLab> y = palette(random);
            double exact = EarthMovers.distance(x, y);
            double relaxed = EarthMovers.relaxedBound(x, y);
            double nearest = EarthMovers.nearestBound(x, y);
            assertTrue(relaxed <= exact + 1e-12, "round " + round + ": " + relaxed + " > " + exact);
            assertTrue(nearest <= relaxed + 1e-12, "round " + round + ": the nearest-colour bound is the looser");
            EarthMovers.Sketch sketch = EarthMovers.Sketch.of(x);
            assertTrue(sketch.meanBound(EarthMovers.Sketch.of(y)) <= sketch.lowerBound(EarthMovers.Sketch.of(y)),
                    "round " + round + ": the means' bound is the loosest");
            if (relaxed > nearest + 1e-9) {
                tighterThanNearest++;
            }
            if (relaxed > EarthMovers.Sketch.of(x).lowerBound(EarthMovers.Sketch.of(y))) {
                tighter++;
            }
        }
        assertTrue(tighterThanNearest > 250, "filling each colour's room helped in only " + tighterThanNearest);
        assertTrue(tighter > 250, "the relaxed bound was tighter than the sketch's in only " + tighter + " of 500");
    }

    @Test
    void theRelaxedBoundsAreTheDistanceWhenOnePaletteHasOneColour() {
        Random random = new Random(19);
        for (int round = 0; round < 50; round++) {
            List<WeightedLab> x = palette(random);
            List<WeightedLab> one = List.of(x.get(0).lab().equals(OkLab.of(new Rgb(0, 0, 0)))
                    ? WeightedLab.of(new Rgb(9, 9, 9), 1) : WeightedLab.of(new Rgb(0, 0, 0), 1));
            double exact = EarthMovers.distance(x, one);
            assertTrue(Math.abs(EarthMovers.relaxedBound(x, one) - exact) < 1e-12, "round " + round);
            assertTrue(Math.abs(EarthMovers.nearestBound(x, one) - exact) < 1e-12, "round " + round);
        }
    }

    private static List<WeightedLab> palette(Random random) {
        List<WeightedLab> colours = new ArrayList<>();
        int size = 1 + random.nextInt(12);
        for (int i = 0; i < size; i++) {
            colours.add(WeightedLab.of(new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256)),
                    0.01 + random.nextDouble()));
        }
        return colours;
    }
}
