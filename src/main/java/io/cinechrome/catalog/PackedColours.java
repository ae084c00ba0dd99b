package io.cinechrome.catalog;

import io.cinechrome.colour.Rgb;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of colours stored as packed ints (4 bytes a stripe instead of an object each), so a
 * catalogue of 10,000 films with 1080 stripes each fits in a few tens of megabytes.
 */
final class PackedColours extends AbstractList<Rgb> implements RandomAccess {

    private static final int BYTE = 0xff;
    private final int[] packed;

    private PackedColours(int[] packed) {
        this.packed = packed;
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
}
