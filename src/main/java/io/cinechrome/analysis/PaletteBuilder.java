package io.cinechrome.analysis;

import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a film's palette from all its frames' colours: weighted k-means, tiny clusters folded into their
 * nearest neighbour, shares rounded to sum to one. Black-and-white films get greys, dark to light.
 */
final class PaletteBuilder {

    /** Clusters smaller than this share of the film are folded into the nearest larger one. */
    static final double MIN_SHARE = 0.005;
    /** A colour with more chroma than this counts as coloured when telling black-and-white films. */
    static final double COLOURED_CHROMA = 0.04;
    /** A film is black and white when less than this share of it is coloured. */
    static final double MAX_COLOURED_SHARE = 0.03;

    private PaletteBuilder() {
    }

    /** Whether less than {@link #MAX_COLOURED_SHARE} of the film's weight is coloured. */
    static boolean isBlackAndWhite(WeightedColours colours) {
        double coloured = 0;
        for (int i = 0; i < colours.size; i++) {
            if (Math.hypot(colours.a[i], colours.b[i]) > COLOURED_CHROMA) {
                coloured += colours.w[i];
            }
        }
        return coloured < MAX_COLOURED_SHARE * colours.totalWeight();
    }

    /** The colour palette, largest share first. */
    static List<Swatch> colours(WeightedColours colours, int size) {
        List<Cluster> clusters = foldSmall(KMeans.cluster(colours, size));
        return toSwatches(clusters);
    }

    /** The grey palette of a black-and-white film, dark to light. */
    static List<Swatch> greys(WeightedColours colours, int levels) {
        WeightedColours lightness = new WeightedColours();
        for (int i = 0; i < colours.size; i++) {
            lightness.add(colours.l[i], 0, 0, colours.w[i]);
        }
        List<Cluster> clusters = new ArrayList<>(foldSmall(KMeans.cluster(lightness, levels)));
        clusters.sort(Comparator.comparingDouble(c -> c.centre().l()));
        return toSwatches(clusters);
    }

    /** Drops the chroma of a colour, for black-and-white stripes. */
    static OkLab grey(OkLab colour) {
        return new OkLab(colour.l(), 0, 0);
    }

    private static List<Cluster> foldSmall(List<Cluster> heaviestFirst) {
        double total = heaviestFirst.stream().mapToDouble(Cluster::weight).sum();
        List<Cluster> kept = new ArrayList<>();
        for (Cluster c : heaviestFirst) {
            if (kept.isEmpty() || c.weight() >= MIN_SHARE * total) {
                kept.add(c);
            } else {
                int nearest = nearest(kept, c.centre());
                kept.set(nearest, new Cluster(kept.get(nearest).centre(), kept.get(nearest).weight() + c.weight()));
            }
        }
        kept.sort(KMeans.heaviestFirst());
        return kept;
    }

    private static int nearest(List<Cluster> clusters, OkLab colour) {
        int best = 0;
        for (int i = 1; i < clusters.size(); i++) {
            if (clusters.get(i).centre().distanceSquared(colour)
                    < clusters.get(best).centre().distanceSquared(colour)) {
                best = i;
            }
        }
        return best;
    }

    private static List<Swatch> toSwatches(List<Cluster> clusters) {
        List<Double> shares = Shares.of(clusters.stream().map(Cluster::weight).toList());
        List<Swatch> swatches = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            swatches.add(new Swatch(clusters.get(i).centre().toRgb(), shares.get(i)));
        }
        return swatches;
    }
}
