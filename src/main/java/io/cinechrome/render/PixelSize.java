package io.cinechrome.render;

/**
 * The size of an image in pixels.
 *
 * @param width  width, 1 or more
 * @param height height, 1 or more
 */
public record PixelSize(int width, int height) {

    public PixelSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs a positive size, was " + width + "x" + height);
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
