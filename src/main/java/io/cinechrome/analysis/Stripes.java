package io.cinechrome.analysis;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the stripes: the film cut into equal time bins, each bin's colour the dominant colour (see
 * {@link Dominance}) among the colour modes (see {@link ColourModes}) of the frames sampled in it, each frame
 * weighing the same: one mode's own colour, never an average of the frames (which comes out grey). A bin without a
 * sample takes the colour of the nearest bin that has one, so very short films still get every stripe.
 */
final class Stripes {

    private Stripes() {
    }

    /**
     * @param times    each sample's time in seconds, ascending
     * @param modes    each sample's colour modes (pixel shares)
     * @param duration the film's length
     * @param count    number of stripes
     * @param grey     whether to drop chroma (black-and-white films)
     */
    static List<Rgb> of(double[] times, List<List<Cluster>> modes, double duration, int count, boolean grey) {
        List<List<Integer>> bins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bins.add(new ArrayList<>());
        }
        for (int s = 0; s < times.length; s++) {
            int bin = (int) Math.min(count - 1, Math.floor(times[s] / duration * count));
            bins.get(bin).add(s);
        }
        OkLab[] dominant = new OkLab[count];
        for (int i = 0; i < count; i++) {
            if (!bins.get(i).isEmpty()) {
                dominant[i] = dominant(bins.get(i), modes);
            }
        }
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OkLab colour = dominant[nearestFilled(dominant, i)];
            stripes.add((grey ? PaletteBuilder.grey(colour) : colour).toRgb());
        }
        return stripes;
    }

    private static OkLab dominant(List<Integer> samples, List<List<Cluster>> modes) {
        List<Cluster> pooled = new ArrayList<>();
        for (int s : samples) {
            for (Cluster mode : modes.get(s)) {
                pooled.add(new Cluster(mode.centre(), mode.weight() / samples.size()));
            }
        }
        pooled.sort(KMeans.heaviestFirst());
        return Dominance.of(pooled).centre();
    }

    private static int nearestFilled(OkLab[] dominant, int bin) {
        for (int distance = 0; distance < dominant.length; distance++) {
            if (bin - distance >= 0 && dominant[bin - distance] != null) {
                return bin - distance;
            }
            if (bin + distance < dominant.length && dominant[bin + distance] != null) {
                return bin + distance;
            }
        }
        throw new IllegalStateException("no sampled frame at all");
    }
}
