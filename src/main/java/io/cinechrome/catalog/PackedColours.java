package io.cinechrome.catalog;

import io.cinechrome.colour.Rgb;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of colours stored as packed ints (4 bytes a stripe instead of an object each), so a
 * catalogue of 10,000 films with 1080 stripes each fits in a few tens of megabytes.
 */
final class PackedColours extends AbstractList<Rgb> implements RandomAccess {

    private static final int BYTE = 0xff;
    private static final String ALGORITHM = "SHA-256";
    private final int[] packed;
    private final String text;

    private PackedColours(int[] packed) {
        this.packed = packed;
        this.text = digest(packed);
    }

    /** The colours of these packed 0xRRGGBB values; the array is the list's from now on, not to be changed. */
    static List<Rgb> of(int[] packed) {
        return new PackedColours(packed);
    }

    /** An immutable copy; {@code null} elements are refused like {@link List#copyOf}. */
    static List<Rgb> copyOf(List<Rgb> colours) {
        if (colours instanceof PackedColours already) {
            return already;
        }
        int[] packed = new int[colours.size()];
        for (int i = 0; i < packed.length; i++) {
            Rgb colour = colours.get(i);
            if (colour == null) {
                throw new NullPointerException("a colour list must not hold null (index " + i + ")");
            }
            packed[i] = colour.packed();
        }
        return new PackedColours(packed);
    }

    @Override
    public Rgb get(int index) {
        int value = packed[index];
        return new Rgb(value >> 16 & BYTE, value >> 8 & BYTE, value & BYTE);
    }

    @Override
    public int size() {
        return packed.length;
    }

    /** Equal to any list of the same colours; between two packed lists, without an object per colour. */
    @Override
    public boolean equals(Object other) {
        if (other instanceof PackedColours colours) {
            return Arrays.equals(packed, colours.packed);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /**
     * A short text that tells these colours apart from any other list ({@code [1080 colours, sha256 ...]}): their
     * count and the SHA-256 of their packed values, made once. A catalogue entry's text, which stamps it in both
     * stages, would otherwise be mostly its thousand stripes' hex, built and hashed twice a run.
     */
    @Override
    public String toString() {
        return text;
    }

    private static String digest(int[] packed) {
        ByteBuffer bytes = ByteBuffer.allocate(packed.length * Integer.BYTES);
        bytes.asIntBuffer().put(packed);
        try {
            return "[" + packed.length + " colours, sha256 "
                    + HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes.array())) + "]";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + ALGORITHM, e);
        }
    }
}
