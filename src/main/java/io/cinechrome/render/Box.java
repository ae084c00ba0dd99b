package io.cinechrome.render;

/**
 * An axis-aligned rectangle in pixels.
 *
 * @param x      left
 * @param y      top
 * @param width  width, not negative
 * @param height height, not negative
 */
record Box(double x, double y, double width, double height) {

    Box {
        if (!(width >= 0 && height >= 0)) {
            throw new IllegalArgumentException("a box needs a non-negative size, was " + width + "x" + height);
        }
    }

    /** Right edge. */
    double right() {
        return x + width;
    }

    /** Bottom edge. */
    double bottom() {
        return y + height;
    }
}
