package io.cinechrome.site;

import io.cinechrome.colour.EarthMovers;
import io.cinechrome.colour.WeightedLab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The films whose palettes are closest to each film's, by the earth mover's distance in OKLab
 * ({@link EarthMovers}): a symmetric distance that weighs how much of each colour the films hold.
 *
 * <p>For each film the others are visited in order of their centroid distance, a lower bound of the EMD; once
 * that bound exceeds the distance of the {@link #COUNT}th best film so far, no later film can enter the list and
 * the search stops. The answer is the same as comparing every pair; only faster. Each pair's distance is computed
 * once and shared by both films, so the relation is exactly symmetric. Ties go to the film earlier in title order.
 */
final class SimilarFilms {

    /** How many similar films a film page lists. */
    static final int COUNT = 6;

    private final List<List<WeightedLab>> palettes;
    private final Map<Long, Double> known = new HashMap<>();

    /**
     * @param palettes every film's palette, in title order
     */
    SimilarFilms(List<List<WeightedLab>> palettes) {
        this.palettes = List.copyOf(palettes);
    }

    /** The positions of the {@link #COUNT} films closest to film {@code index}, closest first. */
    List<Integer> of(int index) {
        int n = palettes.size();
        List<WeightedLab> own = palettes.get(index);
        double[] bound = new double[n];
        for (int j = 0; j < n; j++) {
            bound[j] = EarthMovers.centroidBound(own, palettes.get(j));
        }
        List<Integer> candidates = IntStream.range(0, n).filter(j -> j != index).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> bound[j]).thenComparingInt(j -> j)).toList();
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

    /** The EMD of two films, computed once per pair with the earlier film first. */
    double distance(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return known.computeIfAbsent((long) a * palettes.size() + b,
                key -> EarthMovers.distance(palettes.get(a), palettes.get(b)));
    }
}
