package io.cinechrome.analysis;

import java.util.ArrayList;
import java.util.List;

/** Rounds shares to {@value #DECIMALS} decimals so that they still sum to exactly one (largest remainder). */
final class Shares {

    static final int DECIMALS = 4;
    private static final long UNITS = 10_000;

    private Shares() {
    }

    /** Each weight's share of their total, rounded; every share is at least one unit. */
    static List<Double> of(List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        long[] units = new long[weights.size()];
        double[] remainder = new double[weights.size()];
        long assigned = 0;
        for (int i = 0; i < units.length; i++) {
            double exact = weights.get(i) / total * UNITS;
            units[i] = Math.max(1, (long) Math.floor(exact));
            remainder[i] = exact - units[i];
            assigned += units[i];
        }
        while (assigned != UNITS) {
            int pick = assigned < UNITS ? largest(remainder) : largestWithSpare(units, remainder);
            long step = assigned < UNITS ? 1 : -1;
            units[pick] += step;
            remainder[pick] -= step;
            assigned += step;
        }
        List<Double> shares = new ArrayList<>();
        for (long u : units) {
            shares.add(u / (double) UNITS);
        }
        return shares;
    }

    private static int largest(double[] remainder) {
        int best = 0;
        for (int i = 1; i < remainder.length; i++) {
            if (remainder[i] > remainder[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int largestWithSpare(long[] units, double[] remainder) {
        int best = -1;
        for (int i = 0; i < remainder.length; i++) {
            if (units[i] > 1 && (best < 0 || remainder[i] < remainder[best])) {
                best = i;
            }
        }
        return best;
    }
}
