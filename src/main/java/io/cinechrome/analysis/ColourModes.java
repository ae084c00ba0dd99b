package io.cinechrome.analysis;

import io.cinechrome.colour.OkLab;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a frame's colour modes: the densest balls of radius {@link Dominance#NEIGHBOURHOOD} (ΔE OKLab) among its
 * pixels, densest first, each the mean of the pixels inside it. The densest ball is searched over every colour of
 * the frame, moved uphill by mean shift, taken out, and the search repeats on what is left.
 *
 * <p>Stripes are built from modes rather than k-means clusters: a k-means split moves with small changes of the
 * picture, so two frames 40 ms apart of a street scene got different dominant colours in 22-23 % of pairs; their
 * densest balls in 5-9 %. A mode is still a colour of the picture (the mean of shades closer than the
 * neighbourhood), never a blend of distant colours. The search runs over the frame's own colours as they are:
 * merging them into a grid of cells first (a quarter of the radius wide) was four times as fast, but cell borders
 * moved the modes about and 13-20 % of pairs differed.
 */
final class ColourModes {

    private static final double RADIUS = Dominance.NEIGHBOURHOOD;
    private static final double RADIUS_SQUARED = RADIUS * RADIUS;

    /** At most this many modes per frame. */
    static final int MODES_PER_FRAME = 5;
    /** Modes stop when less than this share of the frame is left outside them. */
    private static final double MIN_SHARE_LEFT = 0.01;
    /** Mean shift stops after this many steps, or once it moves less than {@link #SETTLED}. */
    private static final int MAX_SHIFTS = 8;
    private static final double SETTLED = 1e-4;
    /** Bits for a point's index in a sort key; frames never have 2^20 colours. */
    private static final int INDEX_BITS = 20;
    private static final double KEY_SCALE = 1L << 40;

    private ColourModes() {
    }

    /** The modes of the points (weights are pixel shares), densest first. */
    static List<Cluster> of(WeightedColours points) {
        Sorted p = Sorted.byLightness(points);
        double[] density = p.densities();
        boolean[] taken = new boolean[p.size];
        double left = points.totalWeight();
        List<Cluster> modes = new ArrayList<>();
        while (modes.size() < MODES_PER_FRAME && left > MIN_SHARE_LEFT) {
            int seed = densest(density, taken);
            if (seed < 0) {
                break;
            }
            double[] centre = p.shift(seed, taken);
            Cluster mode = p.take(centre, seed, taken, density);
            left -= mode.weight();
            modes.add(mode);
        }
        return modes;
    }

    private static int densest(double[] density, boolean[] taken) {
        int best = -1;
        for (int i = 0; i < density.length; i++) {
            if (!taken[i] && (best < 0 || density[i] > density[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The points in lightness order, so a ball only looks at the points within its radius in lightness. */
    private static final class Sorted {
        final int size;
        final double[] l;
        final double[] a;
        final double[] b;
        final double[] w;

        private Sorted(WeightedColours points) {
            size = points.size;
            l = points.l;
            a = points.a;
            b = points.b;
            w = points.w;
        }

        static Sorted byLightness(WeightedColours points) {
            long[] keys = new long[points.size];
            for (int i = 0; i < points.size; i++) {
                keys[i] = (long) (Math.max(0, points.l[i]) * KEY_SCALE) << INDEX_BITS | i;
            }
            Arrays.sort(keys);
            WeightedColours sorted = new WeightedColours();
            for (long key : keys) {
                int i = (int) (key & ((1L << INDEX_BITS) - 1));
                sorted.add(points.l[i], points.a[i], points.b[i], points.w[i]);
            }
            return new Sorted(sorted);
        }

        /** Each point's density: the weight of all points within the radius of it, itself included. */
        double[] densities() {
            double[] density = Arrays.copyOf(w, size);
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size && l[j] - l[i] <= RADIUS; j++) {
                    if (near(i, l[j], a[j], b[j])) {
                        density[i] += w[j];
                        density[j] += w[i];
                    }
                }
            }
            return density;
        }

        /** Mean shift from a point: the centre moves to the mean of the untaken points within the radius. */
        double[] shift(int seed, boolean[] taken) {
            double[] centre = {l[seed], a[seed], b[seed]};
            for (int step = 0; step < MAX_SHIFTS; step++) {
                double[] mean = new double[3];
                double weight = 0;
                for (int j = from(centre[0]); j < size && l[j] - centre[0] <= RADIUS; j++) {
                    if (!taken[j] && near(j, centre[0], centre[1], centre[2])) {
                        mean[0] += l[j] * w[j];
                        mean[1] += a[j] * w[j];
                        mean[2] += b[j] * w[j];
                        weight += w[j];
                    }
                }
                if (weight == 0) {
                    return centre;
                }
                double moved = 0;
                for (int c = 0; c < 3; c++) {
                    mean[c] /= weight;
                    moved += (mean[c] - centre[c]) * (mean[c] - centre[c]);
                }
                centre = mean;
                if (moved < SETTLED * SETTLED) {
                    break;
                }
            }
            return centre;
        }

        /**
         * Takes the untaken points within the radius of the centre as one mode (the seed alone if none is); the
         * points near them lose their weight from their densities.
         */
        Cluster take(double[] centre, int seed, boolean[] taken, double[] density) {
            double ml = 0;
            double ma = 0;
            double mb = 0;
            double weight = 0;
            for (int j = from(centre[0]); j < size && l[j] - centre[0] <= RADIUS; j++) {
                if (!taken[j] && near(j, centre[0], centre[1], centre[2])) {
                    taken[j] = true;
                    ml += l[j] * w[j];
                    ma += a[j] * w[j];
                    mb += b[j] * w[j];
                    weight += w[j];
                    forget(j, taken, density);
                }
            }
            if (weight == 0) {
                taken[seed] = true;
                forget(seed, taken, density);
                return new Cluster(new OkLab(l[seed], a[seed], b[seed]), w[seed]);
            }
            return new Cluster(new OkLab(ml / weight, ma / weight, mb / weight), weight);
        }

        private void forget(int gone, boolean[] taken, double[] density) {
            for (int j = from(l[gone]); j < size && l[j] - l[gone] <= RADIUS; j++) {
                if (!taken[j] && near(gone, l[j], a[j], b[j])) {
                    density[j] -= w[gone];
                }
            }
        }

        /** The first point whose lightness is at least {@code lightness - RADIUS}. */
        private int from(double lightness) {
            int low = 0;
            int high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (l[mid] < lightness - RADIUS) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** Whether point {@code i} lies within the radius of the colour (pl, pa, pb). */
        private boolean near(int i, double pl, double pa, double pb) {
            double dl = l[i] - pl;
            double da = a[i] - pa;
            double db = b[i] - pb;
            return dl * dl + da * da + db * db <= RADIUS_SQUARED;
        }
    }
}
