package io.cinechrome.files;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Deflate in the two forms the gallery keeps files in. Raw deflate ({@link #of}, no header), as a browser's
 * {@code DecompressionStream("deflate-raw")} reads it: for the files a gallery keeps only for its pages' script,
 * which unpacks them when a visitor asks for them. The zlib format ({@link #zlib}, a two-byte header and a
 * checksum), which tells itself from text and its damage from its content: for the build's own state files (see
 * {@link StateFile}).
 */
public final class Deflated {

    /** Small files made once: as small as deflate makes them. */
    private static final int LEVEL = Deflater.BEST_COMPRESSION;
    private static final int BUFFER = 8192;
    /** The name a deflated file gets after the file it holds. */
    public static final String SUFFIX = ".deflate";
    /** A zlib stream's first byte: deflate with a 32 KB window, which is what {@link Deflater} writes. */
    private static final int ZLIB_METHOD = 0x78;
    /** A zlib header's two bytes, read as one number, are a multiple of this. */
    private static final int ZLIB_HEADER_CHECK = 31;
    private static final int BYTE = 0xff;
    private static final int BITS_PER_BYTE = 8;

    private Deflated() {
    }

    /** The bytes, deflated raw (no header), at the best compression. */
    public static byte[] of(byte[] content) {
        return deflate(content, LEVEL, true);
    }

    /** The bytes as a zlib stream at {@code level} (0-9): with one zlib, the same bytes and level give one stream. */
    public static byte[] zlib(byte[] content, int level) {
        return deflate(content, level, false);
    }

    /** Whether {@code bytes} start with a zlib header as {@link #zlib} writes it. */
    public static boolean isZlib(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & BYTE) != ZLIB_METHOD) {
            return false;
        }
        return (((bytes[0] & BYTE) << BITS_PER_BYTE) | (bytes[1] & BYTE)) % ZLIB_HEADER_CHECK == 0;
    }

    /**
     * The content of a zlib stream.
     *
     * @throws DataFormatException when the stream is damaged, cut short or followed by other bytes
     */
    public static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0) {
                    checkNotStuck(inflater);
                }
                out.write(buffer, 0, count);
            }
            if (inflater.getRemaining() > 0) {
                throw new DataFormatException(inflater.getRemaining() + " bytes follow the end of the stream");
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** An inflater that gave nothing and is not finished is stuck: at the end of a cut stream, or on a dictionary. */
    private static void checkNotStuck(Inflater inflater) throws DataFormatException {
        if (inflater.needsDictionary()) {
            throw new DataFormatException("the stream asks for a preset dictionary, which none of these streams use");
        }
        if (inflater.needsInput()) {
            throw new DataFormatException("the stream is cut short after " + inflater.getBytesRead() + " bytes");
        }
    }

    private static byte[] deflate(byte[] content, int level, boolean raw) {
        Deflater deflater = new Deflater(level, raw);
        try {
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
