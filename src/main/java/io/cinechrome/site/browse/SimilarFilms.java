package io.cinechrome.site.browse;

import io.cinechrome.colour.EarthMovers;
import io.cinechrome.colour.WeightedLab;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The films whose palettes are closest to each film's, by the earth mover's distance in OKLab
 * ({@link EarthMovers}): a symmetric distance that weighs how much of each colour the films hold.
 *
 * <p>For each film the others are visited in order of a lower bound of the EMD ({@link EarthMovers.Sketch}: the
 * larger of the centroid distance and the 1-D transports along L, a and b); once
 * that bound exceeds the distance of the {@link #COUNT}th best film so far, no later film can enter the list and
 * the search stops; a film measured once the list is full is measured only as far as it can still rank (two cheaper
 * bounds on the cost matrix turn most away before the exact transport, see {@link EarthMovers}). The answer
 * is the same as comparing every pair; only faster. Each pair's distance is computed
 * in the order of the films' names, so the relation is exactly symmetric. Ties go to the film earlier in title order.
 *
 * <p>With a {@link SimilarMemory} of the last run, a film whose palette and closest films are unchanged is only
 * compared with the films that are new or changed: a re-run over an unchanged catalogue measures no pair at all.
 */
public final class SimilarFilms {

    /** How many similar films a film page lists. */
    public static final int COUNT = 6;
    /** Closest first; ties go to the film earlier in title order. Entries are {position, distance}. */
    private static final Comparator<double[]> ORDER =
            Comparator.comparingDouble((double[] e) -> e[1]).thenComparingDouble(e -> e[0]);

    private final List<String> names;
    private final List<List<WeightedLab>> palettes;
    private final EarthMovers.Sketch[] sketches;
    private final String[] keys;
    private final Map<String, Integer> positions = new HashMap<>();
    private final boolean[] known;
    private final int[] fresh;
    private final SimilarMemory memory;
    /** Each film's answer once found; null until asked. */
    private final List<Integer>[] answers;
    private final AtomicInteger measured = new AtomicInteger();

    /**
     * Similar films without a memory of earlier runs, named by their positions (so names sort like positions).
     *
     * @param palettes every film's palette, in title order
     */
    SimilarFilms(List<List<WeightedLab>> palettes) {
        this(IntStream.range(0, palettes.size()).mapToObj(i -> String.format("%010d", i)).toList(), palettes,
                SimilarMemory.none());
    }

    /**
     * @param names    every film's unique name (its slug), in title order
     * @param palettes every film's palette, in the same order
     * @param memory   what earlier runs found; this run's answers are remembered in it
     */
    public SimilarFilms(List<String> names, List<List<WeightedLab>> palettes, SimilarMemory memory) {
        if (names.size() != palettes.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + palettes.size() + " palettes");
        }
        this.names = List.copyOf(names);
        this.palettes = List.copyOf(palettes);
        this.memory = memory;
        this.sketches = this.palettes.stream().map(EarthMovers.Sketch::of).toArray(EarthMovers.Sketch[]::new);
        this.keys = this.palettes.stream().map(SimilarMemory::key).toArray(String[]::new);
        this.known = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            positions.put(this.names.get(i), i);
            known[i] = memory.knew(this.names.get(i), keys[i]);
        }
        this.fresh = IntStream.range(0, keys.length).filter(i -> !known[i]).toArray();
        @SuppressWarnings("unchecked")
        List<Integer>[] none = new List[keys.length];
        this.answers = none;
    }

    /**
     * The positions of the {@link #COUNT} films closest to film {@code index}, closest first. When the memory
     * knows the film with this palette and none of its closest films changed since, only the films that are new
     * or changed can push into the list; otherwise the film is searched as in {@link #search}. Both give the same
     * answer.
     */
    public List<Integer> of(int index) {
        if (answers[index] == null) {
            answers[index] = find(index, keys[index]);
        }
        return answers[index];
    }

    /**
     * Finds the closest films of every film not yet asked about, on every core (a film's search reads only what
     * every search shares), and remembers them in film order, so asking {@link #of} later costs nothing. The
     * answers are those {@link #of} gives film by film.
     */
    public void findAll() {
        int[] open = IntStream.range(0, keys.length).filter(i -> answers[i] == null).toArray();
        List<List<double[]>> found = Arrays.stream(open).parallel().mapToObj(i -> nearest(i, keys[i])).toList();
        for (int k = 0; k < open.length; k++) {
            answers[open[k]] = remembered(open[k], keys[open[k]], found.get(k));
        }
    }

    /** Searches once per film and run: a page's inputs and its model both ask. */
    private List<Integer> find(int index, String key) {
        return remembered(index, key, nearest(index, key));
    }

    /** The closest films with their distances: from the memory and the films new since, or by a search. */
    private List<double[]> nearest(int index, String key) {
        return memory.previous(names.get(index), key).flatMap(found -> updated(index, found))
                .orElseGet(() -> search(index));
    }

    /** Remembers a film's closest films for the next run; their positions, closest first. */
    private List<Integer> remembered(int index, String key, List<double[]> best) {
        memory.remember(names.get(index), new SimilarMemory.Found(key, best.stream()
                .map(e -> new SimilarMemory.Neighbour(names.get((int) e[0]), e[1])).toList()));
        return best.stream().map(e -> (int) e[0]).toList();
    }

    /**
     * The remembered closest films merged with the films new or changed since, or empty when a remembered film
     * is gone or changed (or the list was short): then films beyond the remembered ones may now rank.
     */
    private Optional<List<double[]>> updated(int index, SimilarMemory.Found found) {
        if (found.nearest().size() < COUNT) {
            return Optional.empty();
        }
        List<double[]> best = new ArrayList<>();
        for (SimilarMemory.Neighbour neighbour : found.nearest()) {
            Integer j = positions.get(neighbour.name());
            if (j == null || !known[j] || j == index) {
                return Optional.empty();
            }
            best.add(new double[] {j, neighbour.distance()});
        }
        best.sort(ORDER);
        for (int j : fresh) {
            if (j != index && sketches[index].lowerBound(sketches[j]) <= best.get(COUNT - 1)[1]) {
                keepWithin(best, j, index);
            }
        }
        return Optional.of(best);
    }

    /**
     * The {@link #COUNT} films closest to film {@code index} with their distances, closest first, among all
     * films. Only films whose lower bound is within the distance of the {@link #COUNT} films with the closest
     * means can be among the closest, so only those are sorted and measured; memory and time stay near linear in
     * the films. The means tell that first, the sketch's tighter bound only for the films they leave in.
     */
    private List<double[]> search(int index) {
        int n = palettes.size();
        double[] bound = new double[n];
        for (int j = 0; j < n; j++) {
            bound[j] = sketches[index].meanBound(sketches[j]);
        }
        double threshold = Double.POSITIVE_INFINITY;
        List<Integer> nearest = smallest(bound, index, COUNT);
        if (nearest.size() == COUNT) {
            threshold = nearest.stream().mapToDouble(j -> distance(index, j)).max().orElseThrow();
        }
        // The sketch's tighter bound only for the films the means leave in.
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (j != index && bound[j] <= threshold) {
                bound[j] = sketches[index].lowerBound(sketches[j]);
                if (bound[j] <= threshold) {
                    candidates.add(j);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer j) -> bound[j]).thenComparingInt(j -> j));
        List<double[]> best = new ArrayList<>();
        for (int j : candidates) {
            if (best.size() == COUNT && bound[j] > best.get(COUNT - 1)[1]) {
                break;
            }
            keepWithin(best, j, index);
        }
        return best;
    }

    /**
     * Measures film {@code j} against film {@code index} and keeps it when it ranks; once the list is full, only
     * as far as it can still rank ({@link EarthMovers#distance(List, List, double)}).
     */
    private void keepWithin(List<double[]> best, int j, int index) {
        double limit = best.size() < COUNT ? Double.POSITIVE_INFINITY : best.get(COUNT - 1)[1];
        double distance = distance(index, j, limit);
        if (distance <= limit) {
            keep(best, j, distance);
        }
    }

    /** Adds film {@code j} at {@code distance} to a list in {@link #ORDER}, keeping the {@link #COUNT} first. */
    private static void keep(List<double[]> best, int j, double distance) {
        best.add(new double[] {j, distance});
        best.sort(ORDER);
        if (best.size() > COUNT) {
            best.remove(COUNT);
        }
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

    /** How many pairs of palettes were measured so far (what the memory saves). */
    int pairsMeasured() {
        return measured.get();
    }

    /**
     * The EMD of two films, always computed with the film whose name sorts first as the first argument: so it is
     * exactly symmetric, and the same in every run whatever the films' titles (a distance remembered from a run
     * where a film sat elsewhere in title order is the one a fresh search computes, to the last bit).
     */
    double distance(int i, int j) {
        return distance(i, j, Double.POSITIVE_INFINITY);
    }

    /** {@link #distance(int, int)} when it is at most {@code limit}, otherwise infinity (found early). */
    private double distance(int i, int j, double limit) {
        measured.incrementAndGet();
        boolean iFirst = names.get(i).compareTo(names.get(j)) < 0;
        return EarthMovers.distance(sketches[iFirst ? i : j], sketches[iFirst ? j : i], limit);
    }
}
