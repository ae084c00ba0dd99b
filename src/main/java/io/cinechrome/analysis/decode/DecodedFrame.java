package io.cinechrome.analysis.decode;

/**
 * One decoded, downscaled frame: packed RGB24 pixels without padding.
 *
 * @param seconds time of the frame from the start of the film
 * @param width   pixels per row
 * @param height  rows
 * @param rgb     {@code width * height * 3} bytes, red, green, blue
 */
public record DecodedFrame(double seconds, int width, int height, byte[] rgb) {

    public DecodedFrame {
        if (width <= 0 || height <= 0 || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("frame of " + width + "x" + height + " needs "
                    + (width * height * 3) + " bytes, has " + rgb.length);
        }
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("frame time must be >= 0, was " + seconds);
        }
    }

    /** Red of the pixel at (x, y). */
    public int red(int x, int y) {
        return rgb[(y * width + x) * 3] & 0xff;
    }

    /** Green of the pixel at (x, y). */
    public int green(int x, int y) {
        return rgb[(y * width + x) * 3 + 1] & 0xff;
    }

    /** Blue of the pixel at (x, y). */
    public int blue(int x, int y) {
        return rgb[(y * width + x) * 3 + 2] & 0xff;
    }
}
