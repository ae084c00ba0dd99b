package io.cinechrome.analysis;

import io.cinechrome.analysis.decode.DecodedFrame;
import io.cinechrome.colour.OkLab;
import java.util.Arrays;
import java.util.List;

/**
 * Clusters one frame's pixels into its dominant colours, and finds its colour modes (see {@link ColourModes}).
 * Pixels are first binned by their top {@value #BITS} bits per channel, each bin keeping the exact mean of its
 * pixels, so k-means runs on a few hundred weighted points instead of every pixel without losing colour precision.
 * One instance per thread: it reuses its bins.
 */
final class FrameColours {

    /** Colours kept per frame. */
    static final int CLUSTERS_PER_FRAME = 5;
    private static final int BITS = 5;
    private static final double MAX_CHANNEL = 255.0;
    private static final int SHIFT = 8 - BITS;
    private static final int BINS = 1 << (3 * BITS);

    private final int[] count = new int[BINS];
    private final long[] sumRed = new long[BINS];
    private final long[] sumGreen = new long[BINS];
    private final long[] sumBlue = new long[BINS];
    private final int[] touched = new int[BINS];

    /**
     * One frame's colours.
     *
     * @param clusters its k-means clusters, heaviest first; weights are pixel shares summing to 1 (for palettes)
     * @param modes    its colour modes, densest first (for stripes)
     */
    record Colours(List<Cluster> clusters, List<Cluster> modes) {

        Colours {
            clusters = List.copyOf(clusters);
            modes = List.copyOf(modes);
        }
    }

    /** The frame's colours inside the crop. */
    Colours of(DecodedFrame frame, Crop crop) {
        int used = bin(frame, crop);
        WeightedColours points = new WeightedColours();
        double total = crop.area();
        for (int t = 0; t < used; t++) {
            int bin = touched[t];
            int n = count[bin];
            points.add(OkLab.fromSrgb(mean(sumRed[bin], n), mean(sumGreen[bin], n), mean(sumBlue[bin], n)), n / total);
            count[bin] = 0;
            sumRed[bin] = 0;
            sumGreen[bin] = 0;
            sumBlue[bin] = 0;
        }
        return new Colours(KMeans.cluster(points, CLUSTERS_PER_FRAME), ColourModes.of(points));
    }

    private int bin(DecodedFrame frame, Crop crop) {
        byte[] rgb = frame.rgb();
        int width = frame.width();
        int used = 0;
        for (int y = crop.top(); y < crop.bottom(); y++) {
            int offset = (y * width + crop.left()) * 3;
            for (int x = crop.left(); x < crop.right(); x++, offset += 3) {
                int r = rgb[offset] & 0xff;
                int g = rgb[offset + 1] & 0xff;
                int b = rgb[offset + 2] & 0xff;
                int bin = (r >> SHIFT) << (2 * BITS) | (g >> SHIFT) << BITS | (b >> SHIFT);
                if (count[bin]++ == 0) {
                    touched[used++] = bin;
                }
                sumRed[bin] += r;
                sumGreen[bin] += g;
                sumBlue[bin] += b;
            }
        }
        Arrays.sort(touched, 0, used);
        return used;
    }

    /** Mean of the bin's 8-bit values as 0..1 (bins are narrow, so the mean is taken in sRGB). */
    private static double mean(long sum, int n) {
        return (double) sum / n / MAX_CHANNEL;
    }
}
