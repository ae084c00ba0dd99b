package io.cinechrome.site.browse;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.WeightedLab;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Search by colour: how much of a film's palette is close to a chosen colour. Each palette colour counts with its
 * share, weighted by a Gaussian of its OKLab distance to the chosen colour:
 * {@code score = Σ share × exp(-(ΔE / RADIUS)²)}. An exact match of the whole palette scores 1; a colour
 * {@link #RADIUS} away counts 37%, twice as far 2%. Films rank by score, then by their closest colour, then by
 * the page's order. The page's script does the same sums over the OKLab values this stage precomputes
 * ({@link io.cinechrome.site.FilmsJson#colourData}); this class is the reference it is tested against.
 */
public final class ColourSearch {

    /** ΔE (OKLab) at which a colour still counts 1/e: about a clearly visible but related colour. */
    public static final double RADIUS = 0.08;
    /** Decimals of the OKLab values and shares in the page's data: 0.0005 is far below a visible difference. */
    static final int DATA_DECIMALS = 4;

    /**
     * How one film answers a search.
     *
     * @param index    the film's position in the list searched
     * @param score    0..1, higher is closer
     * @param closest  the position in the palette of the colour nearest to the one searched
     * @param distance the ΔE of that colour
     */
    public record Match(int index, double score, int closest, double distance) {
        public Match {
            if (index < 0 || closest < 0 || !(score >= 0) || !(distance >= 0)) {
                throw new IllegalArgumentException("not a match: " + index + ", " + score + ", " + closest);
            }
        }
    }

    private ColourSearch() {
    }

    /** How a palette answers a search for {@code target}. */
    static Match match(int index, List<WeightedLab> palette, OkLab target) {
        double score = 0;
        int closest = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < palette.size(); i++) {
            double d = palette.get(i).lab().distance(target);
            double x = d / RADIUS;
            score += palette.get(i).weight() * Math.exp(-x * x);
            if (d < best) {
                best = d;
                closest = i;
            }
        }
        return new Match(index, score, closest, best);
    }

    /** Every palette ranked for {@code target}, closest first; ties keep the list's order. */
    public static List<Match> rank(List<List<WeightedLab>> palettes, OkLab target) {
        return IntStream.range(0, palettes.size()).mapToObj(i -> match(i, palettes.get(i), target))
                .sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparingDouble(Match::distance)
                        .thenComparingInt(Match::index))
                .toList();
    }
}
