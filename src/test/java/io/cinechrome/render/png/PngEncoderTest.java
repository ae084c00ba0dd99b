package io.cinechrome.render.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Small PNGs: indexed (exact up to 256 colours, the nearest of 256 beyond), tiny for rows of stripes. */
class PngEncoderTest {

    /** An image of this many colours, each in this many variants one step apart: 720 colours in tight groups. */
    private static final int BASES = 60;
    private static final int VARIANTS = 12;

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
        assertTrue(png.length < 6_000, "240 stripes on 1080x1080 took " + png.length + " bytes");
    }

    @Test
    void rowsRepeatingTheOneAboveDecodeExactlyIndexedAndTruecolour() throws IOException {
        for (boolean many : new boolean[] {false, true}) {
            int width = 300;
            int height = 12;
            int[] pixels = new int[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    // Runs of repeated rows: black (all-zero samples), stripes, then 7 or 300 exact colours.
                    int band = y / 2 % 3;
                    int third = many ? x << 12 | x : (x % 7) * 0x102030;
                    pixels[y * width + x] = 0xff000000 | (band == 0 ? 0 : band == 1 ? (x % 5) * 0x202020 : third);
                }
            }
            byte[] png = many ? PngEncoder.encodeLossless(pixels, width, height)
                    : PngEncoder.encode(pixels, width, height);
            assertEquals(many ? 2 : 3, png[25], "colour type: truecolour or indexed");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            assertArrayEquals(pixels, decoded.getRGB(0, 0, width, height, null, 0, width), "many colours " + many);
        }
    }

    @Test
    void aRowOfCloseColoursIsSubFilteredExactTruecolourAndSmallerThanIndexed() throws IOException {
        int width = 1200;
        int[] row = new int[width];
        SplittableRandom random = new SplittableRandom(7);
        int r = 120;
        int g = 80;
        int b = 60;
        for (int x = 0; x < width; x += 6) {
            // 200 stripes that drift like a film's: each a few steps from the last, 6 pixels wide.
            r = Math.floorMod(r + random.nextInt(-6, 7), 256);
            g = Math.floorMod(g + random.nextInt(-6, 7), 256);
            b = Math.floorMod(b + random.nextInt(-6, 7), 256);
            java.util.Arrays.fill(row, x, x + 6, 0xff000000 | r << 16 | g << 8 | b);
        }
        byte[] png = PngEncoder.encodeTruecolour(row, width, 1);
        assertEquals(2, png[25], "colour type 2: truecolour, though 200 colours would fit a palette");
        assertEquals(1, filterOfFirstRow(png), "Sub filter");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(row, decoded.getRGB(0, 0, width, 1, null, 0, width), "every colour exact");
        byte[] indexed = PngEncoder.encodeLossless(row, width, 1);
        assertEquals(3, indexed[25], "colour type 3: indexed");
        assertTrue(png.length < indexed.length, png.length + " bytes truecolour, " + indexed.length + " indexed");
    }

    @Test
    void rowsBelowTheFirstAreNeverSubFiltered() {
        // A smooth ramp: Sub would sum far smaller than None or Up on every row, but deflates bigger than Up on a
        // poster's title rows, so rows with one above keep None or Up.
        int width = 400;
        int height = 3;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int red = (x * 7 + y * 91) % 256;
                int green = (x * 3 + y * 40) % 256;
                pixels[y * width + x] = 0xff000000 | red << 16 | green << 8 | x % 256;
            }
        }
        byte[] png = PngEncoder.encodeTruecolour(pixels, width, height);
        assertEquals(1, filterOfRow(png, 0, width * 3), "the first row, with nothing above, is Sub");
        assertTrue(filterOfRow(png, 1, width * 3) != 1 && filterOfRow(png, 2, width * 3) != 1, "no Sub below");
    }

    /** The filter byte of a one-chunk PNG's first row. */
    private static int filterOfFirstRow(byte[] png) {
        return filterOfRow(png, 0, 0);
    }

    /** The filter byte of row {@code row} of a one-chunk PNG with {@code rowBytes} bytes of samples a row. */
    private static int filterOfRow(byte[] png, int row, int rowBytes) {
        int idat = 8 + 12 + 13;
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(png, idat + 8, png.length - idat - 8);
        byte[] rows = new byte[(row + 1) * (rowBytes + 1)];
        try {
            int read = 0;
            while (read < rows.length && !inflater.finished()) {
                read += inflater.inflate(rows, read, rows.length - read);
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inflater.end();
        }
        return rows[row * (rowBytes + 1)];
    }

    @Test
    void manyColoursAreStoredExactlyAsTruecolourWhenLossless() throws IOException {
        int size = 256;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = 0xff000000 | x << 16 | y << 8 | (x + y) / 2;
            }
        }
        byte[] png = PngEncoder.encodeLossless(pixels, size, size);
        assertEquals(2, png[25], "colour type RGB");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(pixels, decoded.getRGB(0, 0, size, size, null, 0, size), "a 65,536-colour gradient is exact");
        assertArrayEquals(png, PngEncoder.encodeLossless(pixels, size, size), "deterministic");
    }

    @Test
    void colourThatQuantizesInvisiblyIsIndexedCloseToItsOwn() throws IOException {
        int size = 1080;
        int[] pixels = new int[size * size];
        SplittableRandom random = new SplittableRandom(5);
        int[] bases = new int[BASES];
        for (int i = 0; i < BASES; i++) {
            bases[i] = random.nextInt(0x1000000) & 0xf0f0f0;
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = 0xff000000 | bases[x * BASES / size] + (y % VARIANTS) * 0x010001;
            }
        }
        byte[] png = PngEncoder.encode(pixels, size, size);
        assertEquals(3, png[25], "colour type 3: palette-indexed");
        int[] decoded = ImageIO.read(new ByteArrayInputStream(png)).getRGB(0, 0, size, size, null, 0, size);
        double sum = 0;
        double worst = 0;
        for (int i = 0; i < pixels.length; i++) {
            double error = OkLab.of(rgb(pixels[i])).distance(OkLab.of(rgb(decoded[i])));
            sum += error;
            worst = Math.max(worst, error);
        }
        assertTrue(sum / pixels.length < 0.005, "mean ΔE_OK " + sum / pixels.length);
        assertTrue(worst < 0.02, "largest ΔE_OK " + worst);
        assertArrayEquals(png, PngEncoder.encode(pixels, size, size), "deterministic");
    }

    @Test
    void aShadeOverAThousandStripesStaysTruecolourRatherThanShowSteps() throws IOException {
        int size = 1080;
        int[] pixels = shadedStripes(size);
        byte[] png = PngEncoder.encode(pixels, size, size);
        assertEquals(2, png[25], "colour type RGB");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(pixels, decoded.getRGB(0, 0, size, size, null, 0, size), "exact");
    }

    @Test
    void aTransparentImageWithManyColoursKeepsThemAndItsAlpha() throws IOException {
        int size = 64;
        int[] pixels = new int[size * size];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % size * 4) << 24 | i * 97;
        }
        byte[] png = PngEncoder.encode(pixels, size, size);
        assertEquals(6, png[25], "colour type RGBA");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(pixels, decoded.getRGB(0, 0, size, size, null, 0, size));
    }

    @Test
    void aCompactPngKeepsThePictureAndDrawsTheLetteringsEdgesWithEightShadesFirstInItsPalette() throws IOException {
        int width = 1200;
        int height = 630;
        int ground = 0x20101c;
        int ink = 0xf6f3ec;
        int[] pixels = lettered(width, height, ground, ink);
        PngEncoder.Area area = new PngEncoder.Area(width / 2, 0, width, height);
        PngEncoder.Lettering lettering = new PngEncoder.Lettering(ground, ink, area);
        byte[] usual = PngEncoder.encode(pixels, width, height);
        byte[] compact = PngEncoder.encodeCompact(pixels, width, height, false, lettering);
        assertEquals(3, compact[25], "colour type 3: palette-indexed");
        assertTrue(compact.length < usual.length * 0.8, compact.length + " bytes against " + usual.length);
        int[] decoded = decoded(compact, width, height);
        Set<Integer> shades = new HashSet<>();
        // Half a step of the eight from ground to ink, plus rounding.
        int step = (0xf6 - 0x10) / (2 * (PngEncoder.LETTERING_SHADES - 1)) + 1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (x < area.left()) {
                    assertEquals(pixels[i], decoded[i], "the picture beside the lettering is exact at " + x + "," + y);
                    continue;
                }
                shades.add(decoded[i]);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int moved = Math.abs((pixels[i] >> shift & 0xff) - (decoded[i] >> shift & 0xff));
                    assertTrue(moved <= step, "an edge moved by " + moved + " at " + x + "," + y);
                }
            }
        }
        assertEquals(PngEncoder.LETTERING_SHADES, shades.size(), "ground, ink and the shades between: " + shades);
        int[] palette = palette(compact);
        assertEquals(ground, palette[0], "the ground first");
        for (int i = 1; i < PngEncoder.LETTERING_SHADES; i++) {
            assertTrue(grey(palette[i]) > grey(palette[i - 1]), "then the shades, lighter and lighter");
        }
        assertEquals(ink, palette[PngEncoder.LETTERING_SHADES - 1], "up to the ink");
        assertArrayEquals(compact, PngEncoder.encodeCompact(pixels, width, height, false, lettering), "deterministic");
    }

    @Test
    void aLosslessCompactPngWithManyColoursIsExactTruecolour() throws IOException {
        int width = 600;
        int height = 315;
        int[] pixels = lettered(width, height, 0x101010, 0xffffff);
        for (int x = 0; x < width; x++) {
            pixels[x] = 0xff000000 | x * 0x010101 / 3 + x;
        }
        PngEncoder.Lettering lettering = new PngEncoder.Lettering(0x101010, 0xffffff,
                new PngEncoder.Area(width / 2, 0, width, height));
        byte[] png = PngEncoder.encodeCompact(pixels, width, height, true, lettering);
        assertEquals(2, png[25], "colour type RGB");
        assertArrayEquals(pixels, decoded(png, width, height), "exact, the lettering's edges too");
    }

    @Test
    void letteringNeedsTwoDifferentColoursAndAnArea() {
        PngEncoder.Area area = new PngEncoder.Area(0, 0, 10, 10);
        assertThrows(IllegalArgumentException.class, () -> new PngEncoder.Lettering(0x123456, 0x123456, area));
        assertThrows(IllegalArgumentException.class, () -> new PngEncoder.Lettering(0xff123456, 0xffffff, area));
        assertThrows(IllegalArgumentException.class, () -> new PngEncoder.Area(5, 0, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new PngEncoder.Area(-1, 0, 5, 10));
    }

    /**
     * A social preview's shapes: stripes of 150 random colours on the left half, a flat ground on the right with
     * anti-aliased ink discs and bars on it, like glyphs.
     */
    private static int[] lettered(int width, int height, int ground, int ink) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        SplittableRandom random = new SplittableRandom(3);
        int half = width / 2;
        int[] colours = random.ints(150, 0, 0x1000000).toArray();
        for (int x = 0; x < half; x++) {
            g.setColor(new Color(colours[random.nextInt(colours.length)]));
            g.fillRect(x, 0, 1, height);
        }
        g.setColor(new Color(ground));
        g.fillRect(half, 0, width - half, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(ink));
        for (int i = 0; i < 40; i++) {
            double x = half + 20 + random.nextDouble() * (width - half - 80);
            double y = 20 + random.nextDouble() * (height - 80);
            g.fill(new Ellipse2D.Double(x, y, 7 + random.nextDouble() * 40, 7 + random.nextDouble() * 40));
            g.fill(new Rectangle2D.Double(x + 0.3, y + 50.6, 2.4, 20.2));
        }
        g.dispose();
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    private static int[] decoded(byte[] png, int width, int height) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png)).getRGB(0, 0, width, height, null, 0, width);
    }

    /** The RGB entries of a PNG's PLTE chunk, which {@link PngEncoder} writes right after the header. */
    private static int[] palette(byte[] png) {
        int at = 8 + 25;
        int length = (png[at] & 0xff) << 24 | (png[at + 1] & 0xff) << 16 | (png[at + 2] & 0xff) << 8 | png[at + 3] & 0xff;
        assertEquals("PLTE", new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
        int[] rgb = new int[length / 3];
        for (int i = 0; i < rgb.length; i++) {
            int p = at + 8 + 3 * i;
            rgb[i] = (png[p] & 0xff) << 16 | (png[p + 1] & 0xff) << 8 | png[p + 2] & 0xff;
        }
        return rgb;
    }

    private static int grey(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
    }

    /** 1,080 stripes of a random walk in colour, darkened by a smooth band across the middle like a title scrim. */
    private static int[] shadedStripes(int size) {
        SplittableRandom random = new SplittableRandom(11);
        int[] stripes = new int[size];
        int r = 120;
        int g = 90;
        int b = 60;
        for (int x = 0; x < size; x++) {
            r = Math.max(0, Math.min(255, r + random.nextInt(-9, 10)));
            g = Math.max(0, Math.min(255, g + random.nextInt(-9, 10)));
            b = Math.max(0, Math.min(255, b + random.nextInt(-9, 10)));
            stripes[x] = r << 16 | g << 8 | b;
        }
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            double shade = 1 - 0.6 * Math.exp(-Math.pow((y - size / 2.0) / (size / 6.0), 2));
            for (int x = 0; x < size; x++) {
                int c = stripes[x];
                pixels[y * size + x] = 0xff000000 | (int) ((c >> 16 & 0xff) * shade) << 16
                        | (int) ((c >> 8 & 0xff) * shade) << 8 | (int) ((c & 0xff) * shade);
            }
        }
        return pixels;
    }

    private static Rgb rgb(int argb) {
        return new Rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }
}
