package io.cinechrome.catalog;

import io.cinechrome.colour.Rgb;

/**
 * One colour of a film's palette with its share of the film's pixels.
 *
 * @param colour the colour
 * @param share  fraction of the film, 0 (exclusive) .. 1
 */
public record Swatch(Rgb colour, double share) {

    public Swatch {
        if (colour == null) {
            throw new IllegalArgumentException("a swatch needs a colour");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], was " + share);
        }
    }
}
