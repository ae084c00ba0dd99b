package io.cinechrome.analysis;

import io.cinechrome.colour.OkLab;

/**
 * A cluster of colours: its weighted mean and its total weight.
 *
 * @param centre the weighted mean colour
 * @param weight the summed weight of its members (a pixel share, or a share of the film)
 */
public record Cluster(OkLab centre, double weight) {

    public Cluster {
        if (centre == null || !(weight > 0)) {
            throw new IllegalArgumentException("a cluster needs a centre and a positive weight, had " + weight);
        }
    }
}
