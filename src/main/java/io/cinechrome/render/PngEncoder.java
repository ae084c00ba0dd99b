package io.cinechrome.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes small, lossless PNGs: palette-indexed (8-bit colour type 3, with a {@code tRNS} chunk when anything is
 * transparent) when the image has at most {@link #MAX_COLOURS} colours, else truecolour (RGB, or RGBA when anything
 * is transparent), so a poster's 1,080 stripes keep their exact colours. Each row is filtered with whichever of
 * None and Up gives the smaller sum (so a poster's identical rows of stripes compress to almost nothing), and
 * deflated at the best level. The same pixels always give the same bytes.
 */
final class PngEncoder {

    /** An indexed PNG holds at most this many colours. */
    static final int MAX_COLOURS = 256;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOUR_TYPE_INDEXED = 3;
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int COLOUR_TYPE_RGBA = 6;
    private static final int FILTER_NONE = 0;
    private static final int FILTER_UP = 2;
    private static final int OPAQUE = 0xff;
    private static final int CHANNELS = 4;
    private static final int BYTE = 0xff;

    private PngEncoder() {
    }

    /** The PNG of {@code width x height} ARGB pixels, row by row. */
    static byte[] encode(int[] argb, int width, int height) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a PNG needs width x height pixels, got " + argb.length + " for "
                    + width + "x" + height);
        }
        Palette palette = Palette.of(argb);
        boolean indexed = palette.indexed();
        boolean transparent = palette.transparent();
        int channels = indexed ? 1 : transparent ? CHANNELS : 3;
        byte[] samples = indexed ? palette.indices(argb) : truecolour(argb, channels);
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
            chunk(out, "IDAT", deflate(filtered(samples, width * channels, height)));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PNG in memory", e);
        }
        return png.toByteArray();
    }

    /** The pixels as RGB or RGBA bytes, row by row. */
    private static byte[] truecolour(int[] argb, int channels) {
        byte[] bytes = new byte[argb.length * channels];
        for (int i = 0, at = 0; i < argb.length; i++) {
            bytes[at++] = (byte) (argb[i] >> 16);
            bytes[at++] = (byte) (argb[i] >> 8);
            bytes[at++] = (byte) argb[i];
            if (channels == CHANNELS) {
                bytes[at++] = (byte) (argb[i] >>> 24);
            }
        }
        return bytes;
    }

    /**
     * Each row ({@code width} bytes) with its filter byte: Up when it sums smaller than None (identical rows become
     * zeros).
     */
    private static byte[] filtered(byte[] indices, int width, int height) {
        byte[] rows = new byte[(width + 1) * height];
        for (int y = 0; y < height; y++) {
            int from = y * width;
            int to = y * (width + 1);
            long none = 0;
            long up = 0;
            for (int x = 0; x < width; x++) {
                int value = indices[from + x] & BYTE;
                none += value;
                up += y == 0 ? value : Math.abs((byte) (value - (indices[from - width + x] & BYTE)));
            }
            boolean useUp = y > 0 && up < none;
            rows[to] = (byte) (useUp ? FILTER_UP : FILTER_NONE);
            for (int x = 0; x < width; x++) {
                int value = indices[from + x] & BYTE;
                rows[to + 1 + x] = (byte) (useUp ? value - (indices[from - width + x] & BYTE) : value);
            }
        }
        return rows;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
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
     * The colours of an image and which palette entry each exact colour maps to, when it has at most
     * {@link #MAX_COLOURS}; past that, counting stops (a poster has hundreds of thousands) and the palette is empty.
     */
    private record Palette(int[] colours, IntMap entryOf, boolean indexed, boolean transparent) {

        static Palette of(int[] argb) {
            IntMap counts = new IntMap();
            for (int pixel : argb) {
                counts.add(pixel, 1);
                if (counts.size() > MAX_COLOURS) {
                    return new Palette(new int[0], new IntMap(), false, anyTransparent(argb));
                }
            }
            int[] unique = counts.keys();
            Arrays.sort(unique);
            IntMap entryOf = new IntMap();
            for (int i = 0; i < unique.length; i++) {
                entryOf.put(unique[i], i);
            }
            return new Palette(unique, entryOf, true, anyTransparent(unique));
        }

        private static boolean anyTransparent(int[] argb) {
            for (int pixel : argb) {
                if ((pixel >>> 24) != OPAQUE) {
                    return true;
                }
            }
            return false;
        }

        byte[] indices(int[] argb) {
            byte[] indices = new byte[argb.length];
            for (int i = 0; i < argb.length; i++) {
                indices[i] = (byte) entryOf.get(argb[i]);
            }
            return indices;
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

    /** An open-addressing map from int to int (pixels are many; boxing each would be slow). */
    private static final class IntMap {
        private static final int EMPTY = 0;
        private int[] keys = new int[1 << 10];
        private int[] values = new int[1 << 10];
        private boolean[] used = new boolean[1 << 10];
        private int size;

        void add(int key, int amount) {
            int slot = slot(key);
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                values[slot] = EMPTY;
                size++;
            }
            values[slot] += amount;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        void put(int key, int value) {
            int slot = slot(key);
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                size++;
            }
            values[slot] = value;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        int size() {
            return size;
        }

        int get(int key) {
            int slot = slot(key);
            if (!used[slot]) {
                throw new IllegalStateException("no entry for colour " + Integer.toHexString(key));
            }
            return values[slot];
        }

        int[] keys() {
            int[] all = new int[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    all[n++] = keys[i];
                }
            }
            return all;
        }

        private int slot(int key) {
            int mask = keys.length - 1;
            int slot = (key * 0x9E3779B9 >>> 7) & mask;
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
