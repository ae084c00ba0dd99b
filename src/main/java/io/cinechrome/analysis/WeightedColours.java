package io.cinechrome.analysis;

import io.cinechrome.colour.OkLab;
import java.util.Arrays;

/** A growable list of OKLab points with weights, stored as parallel arrays for fast clustering. */
final class WeightedColours {

    private static final int INITIAL_CAPACITY = 64;

    double[] l = new double[INITIAL_CAPACITY];
    double[] a = new double[INITIAL_CAPACITY];
    double[] b = new double[INITIAL_CAPACITY];
    double[] w = new double[INITIAL_CAPACITY];
    int size;

    void add(OkLab colour, double weight) {
        add(colour.l(), colour.a(), colour.b(), weight);
    }

    void add(double pl, double pa, double pb, double weight) {
        if (!(weight > 0)) {
            return;
        }
        if (size == l.length) {
            int capacity = size * 2;
            l = Arrays.copyOf(l, capacity);
            a = Arrays.copyOf(a, capacity);
            b = Arrays.copyOf(b, capacity);
            w = Arrays.copyOf(w, capacity);
        }
        l[size] = pl;
        a[size] = pa;
        b[size] = pb;
        w[size] = weight;
        size++;
    }

    void addAll(Iterable<Cluster> clusters, double scale) {
        for (Cluster c : clusters) {
            add(c.centre(), c.weight() * scale);
        }
    }

    double totalWeight() {
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += w[i];
        }
        return total;
    }

    OkLab point(int i) {
        return new OkLab(l[i], a[i], b[i]);
    }
}
