package io.cinechrome.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Many bands as one small embedded picture: a PNG one pixel high and one pixel per column of the bands, which
 * the SVG stretches to the bands' height. A thousand hairlines cost a few kilobytes instead of a thousand
 * rectangles, and because the picture has exactly one pixel per column there is nothing to resample across:
 * no gaps, no seams.
 */
final class StripeImage {

    private StripeImage() {
    }

    /** The bands, which must tile {@code [first start, last end)}, as a {@code data:image/png;base64} URI. */
    static String dataUri(List<Band> bands) {
        int start = bands.get(0).start();
        int width = bands.get(bands.size() - 1).end() - start;
        BufferedImage row = new BufferedImage(width, 1, BufferedImage.TYPE_INT_RGB);
        for (Band band : bands) {
            int rgb = band.colour().red() << 16 | band.colour().green() << 8 | band.colour().blue();
            for (int x = band.start(); x < band.end(); x++) {
                row.setRGB(x - start, 0, rgb);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(row, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the stripes as PNG", e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
