package io.cinechrome.colour;

import java.util.Arrays;
import java.util.List;

/**
 * The earth mover's distance (Wasserstein-1) between two weighted palettes in OKLab: the least total work
 * (weight × ΔE) needed to turn one palette into the other, with the weights of each palette normalised to 1.
 *
 * <p>It is computed exactly as a minimum-cost flow from the colours of {@code a} to those of {@code b}
 * (a transportation problem), by successive shortest paths with Bellman-Ford on the residual graph. Palettes hold
 * about ten colours, so each distance is a few dozen augmentations of a graph of ~20 nodes. Being a true metric
 * on distributions, it is symmetric, zero only for equal palettes, and it respects how much of each colour there
 * is (unlike a nearest-colour match). Its value is in ΔE units: 0.1 is a clearly visible difference.
 *
 * <p>With a limit (a nearest-neighbour search), two cheap bounds on the colours' distances come first, and the
 * transport itself stops once it cannot end within the limit.
 *
 * <p>{@link #centroidBound} gives the classic lower bound (Rubner, Tomasi and Guibas 2000): the distance between
 * the palettes' weighted means never exceeds their EMD, which lets a nearest-neighbour search skip most exact
 * computations without changing the result.
 */
public final class EarthMovers {

    /** Flow below this is considered zero (weights are shares around 0.0001 .. 1). */
    static final double EPSILON = 1e-12;
    /** A bound on augmentations; each saturates an arc, so a transportation problem needs far fewer. */
    private static final int MAX_AUGMENTATIONS = 10_000;
    /** Work above a limit by less than this may be rounding: only clearly more stops a computation early. */
    private static final double LIMIT_SLACK = 1e-9;

    private EarthMovers() {
    }

    /** The EMD between two palettes, each normalised to a total weight of 1. */
    public static double distance(List<WeightedLab> a, List<WeightedLab> b) {
        return distance(a, b, Double.POSITIVE_INFINITY);
    }

    /**
     * The EMD between two palettes when it is at most {@code limit}; otherwise infinity, found without finishing
     * the computation (a nearest-neighbour search only needs the distances that can still rank).
     */
    public static double distance(List<WeightedLab> a, List<WeightedLab> b, double limit) {
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("the earth mover's distance needs two non-empty palettes");
        }
        return distance(Sketch.of(a), Sketch.of(b), limit);
    }

    /**
     * {@link #distance(List, List, double)} of two sketched palettes: a search that measures each palette against
     * thousands of others prepares its weights and coordinates once.
     */
    public static double distance(Sketch a, Sketch b, double limit) {
        if (Double.isNaN(limit)) {
            throw new IllegalArgumentException("a distance limit must be a number (infinity for none), was NaN");
        }
        double[][] cost = costs(a, b);
        if (limit < Double.POSITIVE_INFINITY && (nearestBound(a.share, b.share, cost) > limit + LIMIT_SLACK
                || relaxedBound(a.share, b.share, cost) > limit + LIMIT_SLACK)) {
            return Double.POSITIVE_INFINITY;
        }
        return new Transport(a.share, b.share, cost).solve(limit);
    }

    /** {@link #relaxedBound(double[], double[], double[][])} of two palettes (for tests). */
    static double relaxedBound(List<WeightedLab> a, List<WeightedLab> b) {
        Sketch x = Sketch.of(a);
        Sketch y = Sketch.of(b);
        return relaxedBound(x.share, y.share, costs(x, y));
    }

    /** {@link #nearestBound(double[], double[], double[][])} of two palettes (for tests). */
    static double nearestBound(List<WeightedLab> a, List<WeightedLab> b) {
        Sketch x = Sketch.of(a);
        Sketch y = Sketch.of(b);
        return nearestBound(x.share, y.share, costs(x, y));
    }

    /**
     * A lower bound of the EMD that costs a sort of each row of the cost matrix: the larger of the work when each
     * colour of {@code a} is moved on its own to its nearest colours of {@code b}, filling each up to its weight,
     * and the same the other way (the constrained relaxation of Atasu and Mittelholzer 2019: only the other
     * colours' competition for the same room is dropped). Most films a similar-films search measures are turned
     * away by it before the exact transport starts.
     */
    private static double relaxedBound(double[] supply, double[] demand, double[][] cost) {
        return Math.max(eachAlone(supply, demand, cost, false), eachAlone(demand, supply, cost, true));
    }

    /**
     * A looser bound than {@link #relaxedBound(double[], double[], double[][])} in one pass over the cost matrix:
     * each colour moved whole to its single nearest colour on the other side, the larger of both ways (the relaxed
     * word mover's distance of Kusner et al. 2015). It turns most films away at a third of the cost.
     */
    private static double nearestBound(double[] supply, double[] demand, double[][] cost) {
        double out = 0;
        double[] nearestIn = new double[demand.length];
        Arrays.fill(nearestIn, Double.POSITIVE_INFINITY);
        for (int i = 0; i < supply.length; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < demand.length; j++) {
                nearest = Math.min(nearest, cost[i][j]);
                nearestIn[j] = Math.min(nearestIn[j], cost[i][j]);
            }
            out += supply[i] * nearest;
        }
        double in = 0;
        for (int j = 0; j < demand.length; j++) {
            in += demand[j] * nearestIn[j];
        }
        return Math.max(out, in);
    }

    /** The work when each colour of {@code from} fills the nearest room of {@code to} as if it were alone. */
    private static double eachAlone(double[] from, double[] to, double[][] cost, boolean transposed) {
        double work = 0;
        int[] nearestFirst = new int[to.length];
        double[] row = new double[to.length];
        for (int i = 0; i < from.length; i++) {
            for (int j = 0; j < to.length; j++) {
                row[j] = transposed ? cost[j][i] : cost[i][j];
                int k = j;
                while (k > 0 && row[nearestFirst[k - 1]] > row[j]) {
                    nearestFirst[k] = nearestFirst[k - 1];
                    k--;
                }
                nearestFirst[k] = j;
            }
            double left = from[i];
            for (int k = 0; k < to.length && left > 0; k++) {
                double moved = Math.min(left, to[nearestFirst[k]]);
                work += moved * row[nearestFirst[k]];
                left -= moved;
            }
        }
        return work;
    }

    /** Each pair's ΔE, exactly as {@link OkLab#distance} computes it. */
    private static double[][] costs(Sketch a, Sketch b) {
        double[][] cost = new double[a.share.length][b.share.length];
        for (int i = 0; i < a.share.length; i++) {
            for (int j = 0; j < b.share.length; j++) {
                double dl = a.lightness[i] - b.lightness[j];
                double da = a.greenRed[i] - b.greenRed[j];
                double db = a.blueYellow[i] - b.blueYellow[j];
                cost[i][j] = Math.sqrt(dl * dl + da * da + db * db);
            }
        }
        return cost;
    }

    /** A lower bound of {@link #distance}: the ΔE between the two palettes' weighted mean colours. */
    public static double centroidBound(List<WeightedLab> a, List<WeightedLab> b) {
        return mean(a).distance(mean(b));
    }

    /** The weighted mean colour of a palette. */
    public static OkLab mean(List<WeightedLab> palette) {
        double total = palette.stream().mapToDouble(WeightedLab::weight).sum();
        double l = 0;
        double x = 0;
        double y = 0;
        for (WeightedLab colour : palette) {
            l += colour.lab().l() * colour.weight();
            x += colour.lab().a() * colour.weight();
            y += colour.lab().b() * colour.weight();
        }
        return new OkLab(l / total, x / total, y / total);
    }

    /**
     * What a palette's lower bounds and its exact distances need, computed once per palette: its normalised
     * weights and coordinates, its weighted mean, and its colours projected on the L, a and b axes, sorted, with
     * normalised weights. Projecting onto an axis never lengthens a distance, so the 1-D transport between two
     * projections (the area between their cumulative distributions) costs no more than the EMD itself; neither
     * does moving the means. The largest of the four is the bound, far tighter than the means alone when palettes
     * share a mean but spread differently.
     */
    public static final class Sketch {
        /** Taken off every bound, so that rounding never lifts it above a computed distance. */
        private static final double SLACK = 1e-9;
        private static final int AXES = 3;
        private final OkLab mean;
        /** The colours' normalised weights and coordinates, in the palette's order (for the exact distance). */
        private final double[] share;
        private final double[] lightness;
        private final double[] greenRed;
        private final double[] blueYellow;
        private final double[][] positions = new double[AXES][];
        private final double[][] weights = new double[AXES][];

        private Sketch(List<WeightedLab> palette) {
            this.mean = mean(palette);
            this.share = normalised(palette);
            this.lightness = palette.stream().mapToDouble(colour -> colour.lab().l()).toArray();
            this.greenRed = palette.stream().mapToDouble(colour -> colour.lab().a()).toArray();
            this.blueYellow = palette.stream().mapToDouble(colour -> colour.lab().b()).toArray();
            for (int axis = 0; axis < AXES; axis++) {
                int along = axis;
                Integer[] order = new Integer[share.length];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> Double.compare(coordinate(palette.get(x).lab(), along),
                        coordinate(palette.get(y).lab(), along)));
                positions[axis] = new double[share.length];
                weights[axis] = new double[share.length];
                for (int i = 0; i < order.length; i++) {
                    positions[axis][i] = coordinate(palette.get(order[i]).lab(), along);
                    weights[axis][i] = share[order[i]];
                }
            }
        }

        /** The sketch of a non-empty palette. */
        public static Sketch of(List<WeightedLab> palette) {
            if (palette.isEmpty()) {
                throw new IllegalArgumentException("a palette sketch needs at least one colour");
            }
            return new Sketch(palette);
        }

        /**
         * The cheapest lower bound, and the loosest: the distance between the two palettes' means (never above
         * {@link #lowerBound}).
         */
        public double meanBound(Sketch other) {
            return Math.max(0, mean.distance(other.mean) - SLACK);
        }

        /** A lower bound of {@link EarthMovers#distance} between the two palettes, never above it. */
        public double lowerBound(Sketch other) {
            double bound = mean.distance(other.mean);
            for (int axis = 0; axis < AXES; axis++) {
                bound = Math.max(bound, transport(positions[axis], weights[axis], other.positions[axis],
                        other.weights[axis]));
            }
            return Math.max(0, bound - SLACK);
        }

        private static double coordinate(OkLab lab, int axis) {
            return axis == 0 ? lab.l() : axis == 1 ? lab.a() : lab.b();
        }

        /** The 1-D EMD of two sorted weighted point sets of total weight 1: the area between their CDFs. */
        private static double transport(double[] x, double[] p, double[] y, double[] q) {
            int i = 0;
            int j = 0;
            double below = 0;
            double previous = Math.min(x[0], y[0]);
            double area = 0;
            while (i < x.length || j < y.length) {
                boolean takeX = j >= y.length || (i < x.length && x[i] <= y[j]);
                double at = takeX ? x[i] : y[j];
                area += Math.abs(below) * (at - previous);
                previous = at;
                if (takeX) {
                    below += p[i++];
                } else {
                    below -= q[j++];
                }
            }
            return area;
        }
    }

    private static double[] normalised(List<WeightedLab> palette) {
        double total = palette.stream().mapToDouble(WeightedLab::weight).sum();
        return palette.stream().mapToDouble(c -> c.weight() / total).toArray();
    }

    /**
     * Min-cost flow on source → supplies → demands → sink. Residual capacities of the supply → demand arcs are
     * unbounded forward; their backward residual is the flow already sent. Each shortest path costs at least as
     * much as the one before, so the weight still to move costs at least the latest path's length per unit: once
     * the work done plus that is clearly above a limit, so is the distance, and the computation stops.
     */
    private static final class Transport {
        private final double[] supply;
        private final double[] demand;
        private final double[][] cost;
        private final double[][] flow;
        private final int n;
        private final int m;
        /** The arcs carrying flow, as supply and demand indices; refilled by each search. */
        private int[] flowSupply;
        private int[] flowDemand;

        Transport(double[] supply, double[] demand, double[][] cost) {
            this.supply = supply.clone();
            this.demand = demand.clone();
            this.cost = cost;
            this.n = supply.length;
            this.m = demand.length;
            this.flow = new double[n][m];
            this.flowSupply = new int[n + m];
            this.flowDemand = new int[n + m];
        }

        /** The least work, or infinity as soon as the work done so far exceeds {@code limit}. */
        double solve(double limit) {
            double work = 0;
            double left = 1;
            // Nodes: 0..n-1 supplies, n..n+m-1 demands. The source and the sink are implicit: a path starts at a
            // supply with weight left and ends at a demand still wanting some.
            int nodes = n + m;
            double[] dist = new double[nodes];
            int[] parent = new int[nodes];
            for (int round = 0; round < MAX_AUGMENTATIONS; round++) {
                Arrays.fill(dist, Double.POSITIVE_INFINITY);
                Arrays.fill(parent, -1);
                for (int i = 0; i < n; i++) {
                    if (supply[i] > EPSILON) {
                        dist[i] = 0;
                    }
                }
                relax(dist, parent, nodes);
                int end = -1;
                for (int j = 0; j < m; j++) {
                    if (demand[j] > EPSILON && dist[n + j] < Double.POSITIVE_INFINITY
                            && (end < 0 || dist[n + j] < dist[end])) {
                        end = n + j;
                    }
                }
                if (end < 0) {
                    return total();
                }
                double amount = augment(end, parent);
                work += amount * dist[end];
                left -= amount;
                if (work + Math.max(0, left) * dist[end] > limit + LIMIT_SLACK) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            throw new IllegalStateException("the transport problem did not converge");
        }

        /**
         * Bellman-Ford from every supply with weight left; residual costs may be negative but no cycle is. Each
         * pass relaxes the forward arcs demand by demand, then the backward arcs, which only arcs carrying flow
         * have (at most n + m - 1 of them, listed once per search).
         */
        private void relax(double[] dist, int[] parent, int nodes) {
            int carrying = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    if (flow[i][j] > EPSILON) {
                        carrying = carry(carrying, i, j);
                    }
                }
            }
            for (int pass = 0; pass < nodes; pass++) {
                boolean changed = false;
                for (int j = 0; j < m; j++) {
                    for (int i = 0; i < n; i++) {
                        if (dist[i] + cost[i][j] < dist[n + j] - EPSILON) {
                            dist[n + j] = dist[i] + cost[i][j];
                            parent[n + j] = i;
                            changed = true;
                        }
                    }
                }
                for (int k = 0; k < carrying; k++) {
                    int i = flowSupply[k];
                    int j = flowDemand[k];
                    if (dist[n + j] - cost[i][j] < dist[i] - EPSILON) {
                        dist[i] = dist[n + j] - cost[i][j];
                        parent[i] = n + j;
                        changed = true;
                    }
                }
                if (!changed) {
                    return;
                }
            }
        }

        private int carry(int count, int i, int j) {
            if (count == flowSupply.length) {
                flowSupply = Arrays.copyOf(flowSupply, count * 2);
                flowDemand = Arrays.copyOf(flowDemand, count * 2);
            }
            flowSupply[count] = i;
            flowDemand[count] = j;
            return count + 1;
        }

        /** Sends as much as the path to {@code end} allows; returns how much. */
        private double augment(int end, int[] parent) {
            double amount = demand[end - n];
            int node = end;
            while (parent[node] >= 0) {
                int from = parent[node];
                if (node >= n) {
                    node = from;
                } else {
                    amount = Math.min(amount, flow[node][from - n]);
                    node = from;
                }
            }
            amount = Math.min(amount, supply[node]);
            int start = node;
            node = end;
            while (parent[node] >= 0) {
                int from = parent[node];
                if (node >= n) {
                    flow[from][node - n] += amount;
                } else {
                    flow[node][from - n] -= amount;
                }
                node = from;
            }
            supply[start] -= amount;
            demand[end - n] -= amount;
            return amount;
        }

        private double total() {
            double work = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    work += flow[i][j] * cost[i][j];
                }
            }
            return work;
        }
    }
}
