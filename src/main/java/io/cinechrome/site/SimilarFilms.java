package io.cinechrome.site;

import io.cinechrome.colour.EarthMovers;
import io.cinechrome.colour.WeightedLab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The films whose palettes are closest to each film's, by the earth mover's distance in OKLab
 * ({@link EarthMovers}): a symmetric distance that weighs how much of each colour the films hold.
 *
 * <p>For each film the others are visited in order of a lower bound of the EMD ({@link EarthMovers.Sketch}: the
 * larger of the centroid distance and the 1-D transports along L, a and b); once
 * that bound exceeds the distance of the {@link #COUNT}th best film so far, no later film can enter the list and
 * the search stops. The answer is the same as comparing every pair; only faster. Each pair's distance is computed
 * with the earlier film first, so the relation is exactly symmetric. Ties go to the film earlier in title order.
 */
final class SimilarFilms {

    /** How many similar films a film page lists. */
    static final int COUNT = 6;

    private final List<List<WeightedLab>> palettes;
    private final EarthMovers.Sketch[] sketches;

    /**
     * @param palettes every film's palette, in title order
     */
    SimilarFilms(List<List<WeightedLab>> palettes) {
        this.palettes = List.copyOf(palettes);
        this.sketches = this.palettes.stream().map(EarthMovers.Sketch::of).toArray(EarthMovers.Sketch[]::new);
    }

    /**
     * The positions of the {@link #COUNT} films closest to film {@code index}, closest first. Only films whose
     * lower bound is within the distance of the {@link #COUNT} films with the smallest bounds can be among the
     * closest, so only those are sorted and measured; memory and time stay near linear in the films.
     */
    List<Integer> of(int index) {
        int n = palettes.size();
        double[] bound = new double[n];
        for (int j = 0; j < n; j++) {
            bound[j] = sketches[index].lowerBound(sketches[j]);
        }
        double threshold = Double.POSITIVE_INFINITY;
        List<Integer> nearest = smallest(bound, index, COUNT);
        if (nearest.size() == COUNT) {
            threshold = nearest.stream().mapToDouble(j -> distance(index, j)).max().orElseThrow();
        }
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (j != index && bound[j] <= threshold) {
                candidates.add(j);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer j) -> bound[j]).thenComparingInt(j -> j));
        List<double[]> best = new ArrayList<>();
        Comparator<double[]> order = Comparator.comparingDouble((double[] e) -> e[1]).thenComparingDouble(e -> e[0]);
        for (int j : candidates) {
            if (best.size() == COUNT && bound[j] > best.get(COUNT - 1)[1]) {
                break;
            }
            best.add(new double[] {j, distance(index, j)});
            best.sort(order);
            if (best.size() > COUNT) {
                best.remove(COUNT);
            }
        }
        return best.stream().map(e -> (int) e[0]).toList();
    }

    /** The {@code count} positions other than {@code self} with the smallest values, by value then position. */
    private static List<Integer> smallest(double[] values, int self, int count) {
        PriorityQueue<Integer> largestFirst = new PriorityQueue<>(
                Comparator.comparingDouble((Integer j) -> values[j]).thenComparingInt(j -> j).reversed());
        for (int j = 0; j < values.length; j++) {
            if (j == self) {
                continue;
            }
            if (largestFirst.size() < count) {
                largestFirst.add(j);
            } else if (values[j] < values[largestFirst.peek()]) {
                largestFirst.poll();
                largestFirst.add(j);
            }
        }
        return List.copyOf(largestFirst);
    }

    /** The EMD of two films, always computed with the earlier film first, so it is exactly symmetric. */
    double distance(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return EarthMovers.distance(palettes.get(a), palettes.get(b));
    }
}
