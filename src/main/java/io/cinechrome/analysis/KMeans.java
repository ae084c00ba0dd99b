package io.cinechrome.analysis;

import io.cinechrome.colour.OkLab;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Weighted k-means in OKLab with k-means++ seeding from a fixed seed, so results are reproducible.
 * Clusters closer than {@value #MERGE_DISTANCE} (ΔE OKLab, about the just noticeable difference of a swatch)
 * are merged, and seeding stops early when every point already sits on a centre, so a film with three colours
 * gets three clusters, not ten copies of them.
 */
final class KMeans {

    /** Centres closer than this are one colour to the eye. */
    static final double MERGE_DISTANCE = 0.025;
    private static final int MAX_ITERATIONS = 40;
    private static final double NO_SPREAD = 1e-12;
    private static final long SEED = 0x43696e6563687265L;

    private KMeans() {
    }

    /** Clusters the points into at most {@code k} clusters, heaviest first. */
    static List<Cluster> cluster(WeightedColours points, int k) {
        if (points.size == 0) {
            return List.of();
        }
        double[][] centres = seed(points, k);
        int[] assignment = new int[points.size];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = assign(points, centres, assignment) || iteration == 0;
            centres = update(points, centres, assignment);
            if (!changed) {
                break;
            }
        }
        return merge(toClusters(points, centres, assignment));
    }

    private static double[][] seed(WeightedColours p, int k) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<double[]> centres = new ArrayList<>();
        centres.add(pick(p, p.w, p.totalWeight(), random));
        double[] nearest = new double[p.size];
        Arrays.fill(nearest, Double.MAX_VALUE);
        while (centres.size() < k) {
            double[] last = centres.get(centres.size() - 1);
            double[] score = new double[p.size];
            double total = 0;
            for (int i = 0; i < p.size; i++) {
                nearest[i] = Math.min(nearest[i], squared(p, i, last));
                score[i] = p.w[i] * nearest[i];
                total += score[i];
            }
            if (total < NO_SPREAD) {
                break;
            }
            centres.add(pick(p, score, total, random));
        }
        return centres.toArray(double[][]::new);
    }

    private static double[] pick(WeightedColours p, double[] score, double total, SplittableRandom random) {
        double target = random.nextDouble() * total;
        double running = 0;
        int chosen = p.size - 1;
        for (int i = 0; i < p.size; i++) {
            running += score[i];
            if (running >= target && score[i] > 0) {
                chosen = i;
                break;
            }
        }
        return new double[] {p.l[chosen], p.a[chosen], p.b[chosen]};
    }

    private static boolean assign(WeightedColours p, double[][] centres, int[] assignment) {
        boolean changed = false;
        for (int i = 0; i < p.size; i++) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < centres.length; c++) {
                double d = squared(p, i, centres[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (assignment[i] != best) {
                assignment[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    private static double[][] update(WeightedColours p, double[][] centres, int[] assignment) {
        double[][] sums = new double[centres.length][4];
        for (int i = 0; i < p.size; i++) {
            double[] s = sums[assignment[i]];
            s[0] += p.l[i] * p.w[i];
            s[1] += p.a[i] * p.w[i];
            s[2] += p.b[i] * p.w[i];
            s[3] += p.w[i];
        }
        double[][] next = new double[centres.length][];
        for (int c = 0; c < centres.length; c++) {
            double[] s = sums[c];
            next[c] = s[3] > 0 ? new double[] {s[0] / s[3], s[1] / s[3], s[2] / s[3]} : centres[c];
        }
        return next;
    }

    private static List<Cluster> toClusters(WeightedColours p, double[][] centres, int[] assignment) {
        double[] weights = new double[centres.length];
        for (int i = 0; i < p.size; i++) {
            weights[assignment[i]] += p.w[i];
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < centres.length; c++) {
            if (weights[c] > 0) {
                clusters.add(new Cluster(new OkLab(centres[c][0], centres[c][1], centres[c][2]), weights[c]));
            }
        }
        return clusters;
    }

    /** Merges the closest pair below {@link #MERGE_DISTANCE} until none is left; heaviest first. */
    static List<Cluster> merge(List<Cluster> input) {
        List<Cluster> clusters = new ArrayList<>(input);
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            double best = MERGE_DISTANCE;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double d = clusters.get(i).centre().distance(clusters.get(j).centre());
                    if (d < best) {
                        best = d;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            Cluster merged = combine(clusters.get(bestI), clusters.get(bestJ));
            clusters.remove(bestJ);
            clusters.set(bestI, merged);
        }
        clusters.sort(heaviestFirst());
        return clusters;
    }

    /** The weighted mean of two clusters. */
    static Cluster combine(Cluster x, Cluster y) {
        double w = x.weight() + y.weight();
        OkLab cx = x.centre();
        OkLab cy = y.centre();
        return new Cluster(new OkLab(
                (cx.l() * x.weight() + cy.l() * y.weight()) / w,
                (cx.a() * x.weight() + cy.a() * y.weight()) / w,
                (cx.b() * x.weight() + cy.b() * y.weight()) / w), w);
    }

    /** Heaviest first; ties broken by lightness then a and b, so the order never depends on input order. */
    static Comparator<Cluster> heaviestFirst() {
        return Comparator.comparingDouble(Cluster::weight).reversed()
                .thenComparingDouble(c -> c.centre().l())
                .thenComparingDouble(c -> c.centre().a())
                .thenComparingDouble(c -> c.centre().b());
    }

    private static double squared(WeightedColours p, int i, double[] c) {
        double dl = p.l[i] - c[0];
        double da = p.a[i] - c[1];
        double db = p.b[i] - c[2];
        return dl * dl + da * da + db * db;
    }
}
