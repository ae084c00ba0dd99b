package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Small lossless PNGs: indexed up to 256 colours, truecolour beyond, tiny for rows of stripes. */
class PngEncoderTest {

    @Test
    void fewColoursAreStoredExactlyAndIndexed() throws IOException {
        int width = 300;
        int height = 200;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = y < 150 ? 0xff000000 | (x / 2) * 0x010203 : 0x80ff0000;
            }
        }
        byte[] png = PngEncoder.encode(pixels, width, height);
        assertEquals(3, png[25], "colour type 3: palette-indexed");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(pixels, decoded.getRGB(0, 0, width, height, null, 0, width), "lossless, alpha included");
    }

    @Test
    void stripesCompressToAlmostNothing() {
        int size = 1080;
        int[] pixels = new int[size * size];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xff000000 | ((i % size) * 240 / size) * 0x0a0b01;
        }
        byte[] png = PngEncoder.encode(pixels, size, size);
        assertTrue(png.length < 4_000, "240 stripes on 1080x1080 took " + png.length + " bytes");
    }

    @Test
    void manyColoursAreStoredExactlyAsTruecolour() throws IOException {
        int size = 256;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = 0xff000000 | x << 16 | y << 8 | (x + y) / 2;
            }
        }
        byte[] png = PngEncoder.encode(pixels, size, size);
        assertEquals(2, png[25], "colour type RGB");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(pixels, decoded.getRGB(0, 0, size, size, null, 0, size), "a 65,536-colour gradient is exact");
        assertArrayEquals(png, PngEncoder.encode(pixels, size, size), "deterministic");
    }
}
