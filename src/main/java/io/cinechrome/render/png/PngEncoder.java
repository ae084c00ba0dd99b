package io.cinechrome.render.png;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;
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
 * half on the demo's), and deflated at zlib level {@value #DEFLATE_LEVEL}. An image drawn once and fetched by many (the
 * social preview) can be encoded {@linkplain #encodeCompact compactly} instead: every filter, the slowest zlib level,
 * and the shades of its lettering side by side in the palette. The same pixels always give the same bytes.
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
     * zlib level 9 for {@link #encodeCompact}: on 20 generated films' social previews 10 % smaller than level 5
     * (with the filters and palette order of that mode), for 10-15 ms more an image.
     */
    private static final int COMPACT_DEFLATE_LEVEL = 9;
    /**
     * How far (in 8-bit RGB units) a palette entry may lie from the line between a lettering's ground and ink and
     * still count as one of its shades: an anti-aliased edge is a blend of the two, rounded to whole units, and a
     * quantized entry is a mean of such blends.
     */
    static final double RAMP_TOLERANCE = 2.0;
    /**
     * How many shades, ground and ink included, the edges of a compact image's lettering keep: 8 saved 1.4 KB of a
     * social preview's 8.4 KB against the 20-30 that anti-aliasing gives (12 shades saved 0.6 KB, 16 saved 0.4 KB
     * in a first measurement). An edge's coverage in eighths shows no difference even at four times the size, and the
     * platforms scale the 1200 px picture down to about 500.
     */
    static final int LETTERING_SHADES = 8;
    private static final int ALPHA_SHIFT = 24;
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
    private static final int FILTER_AVERAGE = 3;
    private static final int FILTER_PAETH = 4;
    private static final int OPAQUE = 0xff;
    private static final int RGB = 0xffffff;
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

    /**
     * The PNG of {@code width x height} ARGB pixels, row by row, at the most work for the fewest bytes: each row
     * filtered with whichever of the five PNG filters sums smallest, deflated at zlib level
     * {@value #COMPACT_DEFLATE_LEVEL}, and, when indexed, the palette entries that are shades of the lettering
     * (blends of its ground and ink) first, in order from ground to ink, so that a glyph's edge is a run of
     * neighbouring indices rather than indices scattered among the picture's colours. Unless lossless, the edges in
     * the lettering's area are drawn with {@value #LETTERING_SHADES} shades from ground to ink (anti-aliasing gives
     * them dozens), the rest of the image as {@link #encode} draws it. The social previews of 100 generated films
     * took 10.1 KB on average with {@link #encode}, 8.4 KB compact with every shade, 7.0 KB with these.
     *
     * @param lossless  whether every colour stays exact (as {@link #encodeLossless}) or may be quantized
     * @param lettering the ground, ink and area of the image's text
     */
    public static byte[] encodeCompact(int[] argb, int width, int height, boolean lossless, Lettering lettering) {
        int[] pixels = lossless ? argb : lettering.shaded(argb, width, height);
        return encode(pixels, width, height, lossless ? Mode.LOSSLESS : Mode.QUANTIZED, Optional.of(lettering));
    }

    /**
     * The two colours an image's text is drawn with, opaque RGB ({@code 0xrrggbb}), the flat ground it stands on and
     * its ink (anti-aliasing blends them at the glyphs' edges), and the area of the image that holds it.
     *
     * @param ground the ground's colour
     * @param ink    the text's colour
     * @param area   the pixels {@code [left, right) x [top, bottom)} the text stands in, all on the ground
     */
    public record Lettering(int ground, int ink, Area area) {

        /** Validates that the colours are RGB and differ. */
        public Lettering {
            if ((ground & ~RGB) != 0 || (ink & ~RGB) != 0 || ground == ink || area == null) {
                throw new IllegalArgumentException("lettering needs two different RGB colours and an area, got "
                        + Integer.toHexString(ground) + " and " + Integer.toHexString(ink));
            }
        }

        /**
         * A copy of the pixels where every blend of ground and ink inside the area is the nearest of
         * {@link #LETTERING_SHADES} evenly spaced ones (ground and ink among them).
         */
        int[] shaded(int[] argb, int width, int height) {
            int[] shaded = argb.clone();
            IntMap shadeOf = new IntMap();
            double steps = LETTERING_SHADES - 1;
            for (int y = Math.max(0, area.top()); y < Math.min(height, area.bottom()); y++) {
                for (int x = Math.max(0, area.left()); x < Math.min(width, area.right()); x++) {
                    int pixel = argb[y * width + x];
                    if ((pixel & RGB) == ground || (pixel & RGB) == ink || pixel >>> ALPHA_SHIFT != OPAQUE) {
                        continue;
                    }
                    if (!shadeOf.contains(pixel)) {
                        OptionalDouble blend = blendOf(pixel);
                        shadeOf.put(pixel, blend.isEmpty() ? pixel : blend(Math.round(blend.getAsDouble() * steps)
                                / steps));
                    }
                    shaded[y * width + x] = shadeOf.get(pixel);
                }
            }
            return shaded;
        }

        /** The opaque colour {@code t} of the way from ground to ink. */
        private int blend(double t) {
            int colour = OPAQUE << ALPHA_SHIFT;
            for (int shift = 16; shift >= 0; shift -= 8) {
                int from = ground >> shift & BYTE;
                colour |= (int) Math.round(from + t * ((ink >> shift & BYTE) - from)) << shift;
            }
            return colour;
        }

        /** Where an opaque colour lies between ground (0) and ink (1), or empty when it is not a blend of them. */
        OptionalDouble blendOf(int argb) {
            double[] from = channels(ground);
            double[] along = difference(channels(ink), from);
            double[] colour = difference(channels(argb), from);
            double length = dot(along, along);
            double t = Math.max(0, Math.min(1, dot(colour, along) / length));
            double off = 0;
            for (int c = 0; c < along.length; c++) {
                double d = colour[c] - t * along[c];
                off += d * d;
            }
            return off <= RAMP_TOLERANCE * RAMP_TOLERANCE ? OptionalDouble.of(t) : OptionalDouble.empty();
        }

        private static double[] channels(int rgb) {
            return new double[] {rgb >> 16 & BYTE, rgb >> 8 & BYTE, rgb & BYTE};
        }

        private static double[] difference(double[] a, double[] b) {
            return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
        }

        private static double dot(double[] a, double[] b) {
            return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        }
    }

    /** How exact the colours must be, and whether a palette may hold them. */
    private enum Mode { QUANTIZED, LOSSLESS, TRUECOLOUR }

    private static byte[] encode(int[] argb, int width, int height, Mode mode) {
        return encode(argb, width, height, mode, Optional.empty());
    }

    private static byte[] encode(int[] argb, int width, int height, Mode mode, Optional<Lettering> compact) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a PNG needs width x height pixels, got " + argb.length + " for "
                    + width + "x" + height);
        }
        Palette found = mode == Mode.TRUECOLOUR ? Palette.truecolour(argb)
                : Palette.of(argb, width, mode == Mode.LOSSLESS);
        Palette palette = compact.map(found::letteringFirst).orElse(found);
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
            chunk(out, "IDAT", deflatedRows(argb, width, height, palette, channels, compact.isPresent()));
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
     * zeros without summing. Compact: every filter is tried, and the deflater works hardest.
     */
    private static byte[] deflatedRows(int[] argb, int width, int height, Palette palette, int channels,
                                       boolean compact) {
        int rowBytes = width * channels;
        byte[] above = new byte[rowBytes];
        byte[] samples = new byte[rowBytes];
        byte[] filtered = new byte[rowBytes + 1];
        byte[] repeated = new byte[rowBytes + 1];
        repeated[0] = FILTER_UP;
        byte[] zeros = new byte[rowBytes];
        Deflater deflater = new Deflater(compact ? COMPACT_DEFLATE_LEVEL : DEFLATE_LEVEL);
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
                byte[] previous = y == 0 ? null : above;
                deflater.setInput(repeats ? repeated : compact ? filterAny(row, previous, filtered, channels)
                        : filter(row, previous, filtered, channels));
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

    /**
     * The row with its filter byte: whichever of the five filters sums smallest, each as signed differences (None
     * as the samples), None on a tie, then the lower filter number. The usual choice of PNG encoders (libpng's).
     */
    private static byte[] filterAny(byte[] samples, byte[] above, byte[] into, int channels) {
        int filters = above == null ? FILTER_SUB + 1 : FILTER_PAETH + 1;
        int best = FILTER_NONE;
        long bestSum = Long.MAX_VALUE;
        for (int filter = FILTER_NONE; filter < filters; filter++) {
            long sum = 0;
            for (int x = 0; x < samples.length && sum < bestSum; x++) {
                int residual = residual(filter, samples, above, x, channels);
                sum += filter == FILTER_NONE ? residual & BYTE : Math.abs((byte) residual);
            }
            if (sum < bestSum) {
                best = filter;
                bestSum = sum;
            }
        }
        into[0] = (byte) best;
        for (int x = 0; x < samples.length; x++) {
            into[1 + x] = (byte) residual(best, samples, above, x, channels);
        }
        return into;
    }

    /** Sample {@code x} less the filter's prediction of it (PNG specification, section 9.2); no row above is zeros. */
    private static int residual(int filter, byte[] samples, byte[] above, int x, int channels) {
        int value = samples[x] & BYTE;
        int left = x < channels ? 0 : samples[x - channels] & BYTE;
        int up = above == null ? 0 : above[x] & BYTE;
        int upLeft = above == null || x < channels ? 0 : above[x - channels] & BYTE;
        return switch (filter) {
            case FILTER_SUB -> value - left;
            case FILTER_UP -> value - up;
            case FILTER_AVERAGE -> value - (left + up) / 2;
            case FILTER_PAETH -> value - paeth(left, up, upLeft);
            default -> value;
        };
    }

    private static int paeth(int left, int up, int upLeft) {
        int estimate = left + up - upLeft;
        int toLeft = Math.abs(estimate - left);
        int toUp = Math.abs(estimate - up);
        int toUpLeft = Math.abs(estimate - upLeft);
        if (toLeft <= toUp && toLeft <= toUpLeft) {
            return left;
        }
        return toUp <= toUpLeft ? up : upLeft;
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
     * A rectangle of pixels, {@code [left, right) x [top, bottom)}.
     *
     * @param left   first column
     * @param top    first row
     * @param right  the column after the last
     * @param bottom the row after the last
     */
    public record Area(int left, int top, int right, int bottom) {

        /** Validates that the rectangle holds pixels. */
        public Area {
            if (left < 0 || top < 0 || right <= left || bottom <= top) {
                throw new IllegalArgumentException("an area needs 0 <= left < right and 0 <= top < bottom, got "
                        + left + ", " + top + ", " + right + ", " + bottom);
            }
        }
    }

    /**
     * The palette an image is stored with and which entry each of its exact colours maps to; empty (truecolour)
     * when the image has more than {@link #MAX_COLOURS} colours and may not lose any, or is partly transparent.
     */
    private record Palette(int[] colours, IntMap entryOf, boolean indexed, boolean transparent) {

        /** Sorts after every shade of a lettering (whose blends run from 0 to 1). */
        private static final double NOT_A_SHADE = 2;

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

        /**
         * The same palette with the lettering's shades first, from ground to ink, and the other entries after them
         * in their order; truecolour stays as it is.
         */
        Palette letteringFirst(Lettering lettering) {
            if (!indexed) {
                return this;
            }
            Integer[] order = new Integer[colours.length];
            double[] blend = new double[colours.length];
            for (int i = 0; i < colours.length; i++) {
                order[i] = i;
                blend[i] = lettering.blendOf(colours[i]).orElse(NOT_A_SHADE);
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> blend[i]).thenComparingInt(i -> i));
            int[] newIndex = new int[colours.length];
            int[] sorted = new int[colours.length];
            for (int i = 0; i < order.length; i++) {
                newIndex[order[i]] = i;
                sorted[i] = colours[order[i]];
            }
            IntMap moved = new IntMap();
            for (int colour : entryOf.keys()) {
                moved.put(colour, newIndex[entryOf.get(colour)]);
            }
            return new Palette(sorted, moved, true, transparent);
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
