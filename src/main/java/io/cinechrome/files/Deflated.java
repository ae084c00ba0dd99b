package io.cinechrome.files;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Raw deflate (no zlib header), as a browser's {@code DecompressionStream("deflate-raw")} reads it: for the files
 * a gallery keeps only for its pages' script, which unpacks them when a visitor asks for them.
 */
public final class Deflated {

    /** Small files made once: as small as deflate makes them. */
    private static final int LEVEL = Deflater.BEST_COMPRESSION;
    private static final int BUFFER = 8192;
    /** The name a deflated file gets after the file it holds. */
    public static final String SUFFIX = ".deflate";

    private Deflated() {
    }

    /** The bytes, deflated. */
    public static byte[] of(byte[] content) {
        Deflater deflater = new Deflater(LEVEL, true);
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
