package io.cinechrome.analysis;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the stripes: the film cut into equal time bins, each bin's colour the dominant colour (see
 * {@link Dominance}) of the frames sampled in it (never their average, which comes out grey). A bin without a sample takes the colour of the
 * nearest bin that has one, so very short films still get every stripe.
 */
final class Stripes {

    private Stripes() {
    }

    /**
     * @param times    each sample's time in seconds, ascending
     * @param colours  each sample's clusters (pixel shares)
     * @param duration the film's length
     * @param count    number of stripes
     * @param grey     whether to drop chroma (black-and-white films)
     */
    static List<Rgb> of(double[] times, List<List<Cluster>> colours, double duration, int count, boolean grey) {
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
                dominant[i] = dominant(bins.get(i), colours);
            }
        }
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OkLab colour = dominant[nearestFilled(dominant, i)];
            stripes.add((grey ? PaletteBuilder.grey(colour) : colour).toRgb());
        }
        return stripes;
    }

    private static OkLab dominant(List<Integer> samples, List<List<Cluster>> colours) {
        if (samples.size() == 1) {
            return Dominance.of(colours.get(samples.get(0))).centre();
        }
        WeightedColours points = new WeightedColours();
        for (int s : samples) {
            points.addAll(colours.get(s), 1);
        }
        return Dominance.of(KMeans.cluster(points, FrameColours.CLUSTERS_PER_FRAME)).centre();
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
