package io.cinechrome.importer;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * Resamples a film's frame colours to a number of stripes: the frames cut into equal slices of time, each
 * slice's stripe the frame colour with the most frames close to it (never an average, which comes out grey), so
 * every stripe is exactly one of the imported colours.
 */
final class Resample {

    /** Frames within about this OKLab distance of a colour count as close to it (as for the stripes of videos). */
    static final double RADIUS = 0.08;

    private Resample() {
    }

    /** The frames themselves when there are no more than {@code count}, else {@code count} stripes. */
    static List<Rgb> stripes(List<Rgb> frames, int count) {
        if (frames.size() <= count) {
            return List.copyOf(frames);
        }
        List<OkLab> lab = frames.stream().map(OkLab::of).toList();
        List<Rgb> stripes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = (int) ((long) i * frames.size() / count);
            int to = (int) ((long) (i + 1) * frames.size() / count);
            stripes.add(frames.get(dominant(lab, from, to)));
        }
        return stripes;
    }

    /** The index in [from, to) with the most weight around it; ties go to the earlier frame. */
    private static int dominant(List<OkLab> lab, int from, int to) {
        double inverse = 1 / (RADIUS * RADIUS);
        int best = from;
        double bestWeight = -1;
        for (int i = from; i < to; i++) {
            double weight = 0;
            for (int k = from; k < to; k++) {
                weight += Math.exp(-lab.get(i).distanceSquared(lab.get(k)) * inverse);
            }
            if (weight > bestWeight) {
                best = i;
                bestWeight = weight;
            }
        }
        return best;
    }
}
