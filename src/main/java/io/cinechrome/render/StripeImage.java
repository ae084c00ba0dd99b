package io.cinechrome.render;

import io.cinechrome.render.png.PngEncoder;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Many bands as one small embedded picture: a PNG one pixel high and one pixel per column of the bands, which
 * the SVG stretches to the bands' height. A thousand hairlines cost a few kilobytes instead of a thousand
 * rectangles, and because the picture has exactly one pixel per column there is nothing to resample across:
 * no gaps, no seams. The PNG is truecolour and Sub-filtered ({@link PngEncoder#encodeTruecolour}),
 * every colour exact: the film page's script reads the stripes back from the barcode's.
 */
final class StripeImage {

    private static final int OPAQUE = 0xff000000;

    private StripeImage() {
    }

    /** The bands, which must tile {@code [first start, last end)}, as a {@code data:image/png;base64} URI. */
    static String dataUri(List<Band> bands) {
        int start = bands.get(0).start();
        int width = bands.get(bands.size() - 1).end() - start;
        int[] row = new int[width];
        for (Band band : bands) {
            int argb = OPAQUE | band.colour().red() << 16 | band.colour().green() << 8 | band.colour().blue();
            Arrays.fill(row, band.start() - start, band.end() - start, argb);
        }
        byte[] png = PngEncoder.encodeTruecolour(row, width, 1);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
