package io.cinechrome.analysis;

import java.util.List;

/**
 * Picks the dominant colour of a frame: the cluster with the most weight around it. A gradient sky that
 * k-means cuts into several similar clusters still outweighs a smaller uniform region, so stripes do not
 * flicker between the two; the colour returned is still one cluster's own colour, never an average.
 */
final class Dominance {

    /** Clusters closer than this (ΔE OKLab) count towards each other's weight: shades of one colour. */
    static final double NEIGHBOURHOOD = 0.08;

    private Dominance() {
    }

    /** The cluster with the largest weight within {@link #NEIGHBOURHOOD}; ties go to the heavier cluster. */
    static Cluster of(List<Cluster> heaviestFirst) {
        Cluster best = heaviestFirst.get(0);
        double bestScore = -1;
        for (Cluster candidate : heaviestFirst) {
            double score = 0;
            for (Cluster other : heaviestFirst) {
                if (candidate.centre().distance(other.centre()) <= NEIGHBOURHOOD) {
                    score += other.weight();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }
}
