package io.cinechrome.render.png;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes small PNGs, palette-indexed (8-bit colour type 3, with a {@code tRNS} chunk when anything is transparent):
 * <ul>
 *   <li>an image with at most {@link #MAX_COLOURS} colours keeps them exactly;</li>
 *   <li>an opaque image with more (a ring of 1,080 stripes, a palette card's lettering) is drawn with the
 *   {@link #MAX_COLOURS} colours {@link PaletteQuantizer} chooses, about half the bytes of truecolour for a mean
 *   error of ΔE_OK 0.002, as long as no more than {@link #MAX_VISIBLE_SHARE} of its pixels move by a
 *   just-noticeable difference; otherwise, or when it must be lossless ({@link #encodeLossless}), it is stored as
 *   truecolour (RGB);</li>
 *   <li>a partly transparent image with more is stored as truecolour with alpha (RGBA).</li>
 * </ul>
 * Each row is filtered with whichever of None and Up gives the smaller sum (so a poster's identical rows of stripes
 * compress to almost nothing), a truecolour first row with Sub too when that sums smaller still (neighbouring
 * stripes of a film are close colours: a barcode's row of 1,200 stripes deflates a third smaller on generated films,
 * half on the demo's), and deflated at zlib level {@value #DEFLATE_LEVEL}. The same pixels always give the same bytes.
 */
public final class PngEncoder {

    /** An indexed PNG holds at most this many colours. */
    public static final int MAX_COLOURS = 256;
    /**
     * zlib level 5: measured on the PNGs of 20 films with 1,080 stripes each, it deflates a square poster in 21 ms
     * instead of 38 ms at the default level (6) and a ring in 9 ms instead of 16 ms, for 1.0 % and 1.4 % more bytes
     * (0.7 % more for all of a film's images): its shorter match searches stop sooner on the title's rows. Level 9
     * made them 7 % smaller but took ten times as long; level 4 saved a little more time for 3-9 % more bytes.
     */
    private static final int DEFLATE_LEVEL = 5;
    /**
     * An image is indexed only if at most this share of its pixels would move by a just-noticeable difference:
     * past it (a title's shading over a thousand different stripes, say) the shading would show steps, so the
     * image stays truecolour.
     */
    static final double MAX_VISIBLE_SHARE = 0.01;
    /**
     * An image with more colours than this is not even tried: a square poster's title shading over 1,080 stripes
     * has 60,000-85,000, and 256 of them always left over 1 % of its pixels visibly off (3 % in tests), after
     * 200 ms of work per poster; rings and cards with 1,080 stripes have under 10,000 and quantize well.
     */
    static final int MAX_QUANTIZED_COLOURS = 32_768;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOUR_TYPE_INDEXED = 3;
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int COLOUR_TYPE_RGBA = 6;
    private static final int FILTER_NONE = 0;
    private static final int FILTER_SUB = 1;
    private static final int FILTER_UP = 2;
    private static final int OPAQUE = 0xff;
    private static final int CHANNELS = 4;
    private static final int BYTE = 0xff;
    /** Output buffers start at the raw size over this (most images deflate far smaller), plus the slack. */
    private static final int DEFLATED_GUESS = 8;
    private static final int DEFLATED_SLACK = 64;
    private static final int DEFLATE_BUFFER = 1 << 16;

    private PngEncoder() {
    }

    /**
     * The PNG of {@code width x height} ARGB pixels, row by row, indexed: with more than {@link #MAX_COLOURS}
     * colours, the nearest of the ones chosen for it.
     */
    public static byte[] encode(int[] argb, int width, int height) {
        return encode(argb, width, height, Mode.QUANTIZED);
    }

    /** The PNG of {@code width x height} ARGB pixels, row by row, with every colour exact. */
    public static byte[] encodeLossless(int[] argb, int width, int height) {
        return encode(argb, width, height, Mode.LOSSLESS);
    }

    /**
     * The PNG of {@code width x height} ARGB pixels, row by row, with every colour exact and never indexed: a row of
     * a film's stripes, neighbours close in colour, deflates smaller Sub-filtered than as palette indices (a third
     * to a half of the indexed bytes on the demo's barcodes).
     */
    public static byte[] encodeTruecolour(int[] argb, int width, int height) {
        return encode(argb, width, height, Mode.TRUECOLOUR);
    }

    /** How exact the colours must be, and whether a palette may hold them. */
    private enum Mode { QUANTIZED, LOSSLESS, TRUECOLOUR }

    private static byte[] encode(int[] argb, int width, int height, Mode mode) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a PNG needs width x height pixels, got " + argb.length + " for "
                    + width + "x" + height);
        }
        Palette palette = mode == Mode.TRUECOLOUR ? Palette.truecolour(argb)
                : Palette.of(argb, width, mode == Mode.LOSSLESS);
        boolean indexed = palette.indexed();
        boolean transparent = palette.transparent();
        int channels = indexed ? 1 : transparent ? CHANNELS : 3;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(BIT_DEPTH);
            h.writeByte(indexed ? COLOUR_TYPE_INDEXED : transparent ? COLOUR_TYPE_RGBA : COLOUR_TYPE_RGB);
            h.writeByte(0);
            h.writeByte(0);
            h.writeByte(0);
            chunk(out, "IHDR", header.toByteArray());
            if (indexed) {
                chunk(out, "PLTE", palette.rgb());
                if (transparent) {
                    chunk(out, "tRNS", palette.alpha());
                }
            }
            chunk(out, "IDAT", deflatedRows(argb, width, height, palette, channels));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PNG in memory", e);
        }
        return png.toByteArray();
    }

    /**
     * The image's rows filtered and deflated as they are made, so no image-sized buffer is made but the output:
     * each row's samples (palette indices, or RGB(A) bytes) with its filter byte, Up when it sums smaller than None.
     * A row whose samples repeat the row above (and are not all zeros, where None wins the tie) is Up and all
     * zeros without summing.
     */
    private static byte[] deflatedRows(int[] argb, int width, int height, Palette palette, int channels) {
        int rowBytes = width * channels;
        byte[] above = new byte[rowBytes];
        byte[] samples = new byte[rowBytes];
        byte[] filtered = new byte[rowBytes + 1];
        byte[] repeated = new byte[rowBytes + 1];
        repeated[0] = FILTER_UP;
        byte[] zeros = new byte[rowBytes];
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(rowBytes * height / DEFLATED_GUESS + DEFLATED_SLACK);
            byte[] buffer = new byte[DEFLATE_BUFFER];
            for (int y = 0; y < height; y++) {
                int from = y * width;
                // Pixels repeating the row above have its samples; others' samples may still repeat it.
                boolean samePixels = y > 0 && Arrays.equals(argb, from - width, from, argb, from, from + width);
                if (!samePixels) {
                    samples(argb, from, width, palette, channels, samples);
                }
                byte[] row = samePixels ? above : samples;
                boolean repeats = y > 0 && (samePixels || Arrays.equals(row, above)) && !Arrays.equals(row, zeros);
                deflater.setInput(repeats ? repeated : filter(row, y == 0 ? null : above, filtered, channels));
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                if (!samePixels) {
                    byte[] done = above;
                    above = samples;
                    samples = done;
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** One row's samples: palette indices, or RGB or RGBA bytes. */
    private static void samples(int[] argb, int from, int width, Palette palette, int channels, byte[] into) {
        if (palette.indexed()) {
            int last = argb[from];
            byte entry = (byte) palette.entryOf().get(last);
            for (int x = 0; x < width; x++) {
                int pixel = argb[from + x];
                if (pixel != last) {
                    last = pixel;
                    entry = (byte) palette.entryOf().get(pixel);
                }
                into[x] = entry;
            }
            return;
        }
        for (int x = 0, at = 0; x < width; x++) {
            int pixel = argb[from + x];
            into[at++] = (byte) (pixel >> 16);
            into[at++] = (byte) (pixel >> 8);
            into[at++] = (byte) pixel;
            if (channels == CHANNELS) {
                into[at++] = (byte) (pixel >>> 24);
            }
        }
    }

    /**
     * The row with its filter byte: whichever of None, Up and (for a truecolour first row, {@code channels} bytes a
     * pixel) Sub sums smallest, taken as signed differences; None on a tie.
     */
    private static byte[] filter(byte[] samples, byte[] above, byte[] into, int channels) {
        long none = 0;
        long up = 0;
        long sub = 0;
        // Sub only where there is no row above: on a poster's title rows it wins the sum but deflates a quarter
        // bigger than Up (measured on the demo's square posters), so Up and None stay the choice there.
        boolean trySub = channels > 1 && above == null;
        for (int x = 0; x < samples.length; x++) {
            none += samples[x] & BYTE;
            if (above != null) {
                up += Math.abs((byte) (samples[x] - above[x]));
            }
            if (trySub) {
                sub += Math.abs((byte) (samples[x] - (x < channels ? 0 : samples[x - channels])));
            }
        }
        int filter = FILTER_NONE;
        long best = none;
        if (above != null && up < best) {
            filter = FILTER_UP;
            best = up;
        }
        if (trySub && sub < best) {
            filter = FILTER_SUB;
        }
        into[0] = (byte) filter;
        for (int x = 0; x < samples.length; x++) {
            into[1 + x] = switch (filter) {
                case FILTER_UP -> (byte) (samples[x] - above[x]);
                case FILTER_SUB -> (byte) (samples[x] - (x < channels ? 0 : samples[x - channels]));
                default -> samples[x];
            };
        }
        return into;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /**
     * The palette an image is stored with and which entry each of its exact colours maps to; empty (truecolour)
     * when the image has more than {@link #MAX_COLOURS} colours and may not lose any, or is partly transparent.
     */
    private record Palette(int[] colours, IntMap entryOf, boolean indexed, boolean transparent) {

        static Palette of(int[] argb, int width, boolean lossless) {
            IntMap counts = new IntMap();
            int most = lossless ? MAX_COLOURS : MAX_QUANTIZED_COLOURS;
            // Counted run by run, and a row repeating the one above only adds to its count: drawings are mostly
            // runs of one colour (a stripe, a band of the scrim) and rows like the last (vertical stripes).
            int pending = 0;
            int times = 1;
            for (int from = width; from <= argb.length; from += width) {
                if (from < argb.length && Arrays.equals(argb, from, from + width, argb, pending, pending + width)) {
                    times++;
                    continue;
                }
                countRow(counts, argb, pending, width, times);
                if (counts.size() > most) {
                    return truecolour(argb);
                }
                pending = from;
                times = 1;
            }
            int[] unique = counts.keys();
            Arrays.sort(unique);
            if (unique.length <= MAX_COLOURS) {
                IntMap entryOf = new IntMap();
                for (int i = 0; i < unique.length; i++) {
                    entryOf.put(unique[i], i);
                }
                return new Palette(unique, entryOf, true, anyTransparent(unique));
            }
            if (anyTransparent(unique)) {
                return truecolour(argb);
            }
            int[] pixels = new int[unique.length];
            for (int i = 0; i < unique.length; i++) {
                pixels[i] = counts.get(unique[i]);
            }
            PaletteQuantizer.Quantized quantized = PaletteQuantizer.quantize(unique, pixels, MAX_COLOURS);
            if (quantized.visibleShare() > MAX_VISIBLE_SHARE) {
                return truecolour(argb);
            }
            IntMap entryOf = new IntMap();
            for (int i = 0; i < unique.length; i++) {
                entryOf.put(unique[i], quantized.entryOf()[i]);
            }
            return new Palette(quantized.palette(), entryOf, true, false);
        }

        /** Adds {@code times} the colours of the row at {@code from}, run by run. */
        private static void countRow(IntMap counts, int[] argb, int from, int width, int times) {
            for (int start = from, end; start < from + width; start = end) {
                int pixel = argb[start];
                for (end = start + 1; end < from + width && argb[end] == pixel; end++) {
                    continue;
                }
                counts.add(pixel, (end - start) * times);
            }
        }

        private static Palette truecolour(int[] argb) {
            return new Palette(new int[0], new IntMap(), false, anyTransparent(argb));
        }

        private static boolean anyTransparent(int[] argb) {
            for (int pixel : argb) {
                if ((pixel >>> 24) != OPAQUE) {
                    return true;
                }
            }
            return false;
        }

        byte[] rgb() {
            byte[] rgb = new byte[colours.length * 3];
            for (int i = 0; i < colours.length; i++) {
                rgb[3 * i] = (byte) (colours[i] >> 16);
                rgb[3 * i + 1] = (byte) (colours[i] >> 8);
                rgb[3 * i + 2] = (byte) colours[i];
            }
            return rgb;
        }

        byte[] alpha() {
            byte[] alpha = new byte[colours.length];
            for (int i = 0; i < colours.length; i++) {
                alpha[i] = (byte) (colours[i] >>> 24);
            }
            return alpha;
        }
    }
}
