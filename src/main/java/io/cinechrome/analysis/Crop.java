package io.cinechrome.analysis;

/**
 * The part of the (scaled) picture that is the film, inside any letterbox or pillarbox bars.
 *
 * @param left   first column of the picture
 * @param top    first row of the picture
 * @param right  one past the last column
 * @param bottom one past the last row
 */
public record Crop(int left, int top, int right, int bottom) {

    public Crop {
        if (left < 0 || top < 0 || right <= left || bottom <= top) {
            throw new IllegalArgumentException("empty crop " + left + "," + top + " - " + right + "," + bottom);
        }
    }

    /** The whole frame. */
    public static Crop full(int width, int height) {
        return new Crop(0, 0, width, height);
    }

    /** Number of pixels inside. */
    public int area() {
        return (right - left) * (bottom - top);
    }
}
