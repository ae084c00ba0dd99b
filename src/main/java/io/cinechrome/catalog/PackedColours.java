package io.cinechrome.catalog;

import io.cinechrome.colour.Rgb;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of colours stored as packed ints (4 bytes a stripe instead of an object each), so a
 * catalogue of 10,000 films with 1080 stripes each fits in a few tens of megabytes.
 */
final class PackedColours extends AbstractList<Rgb> implements RandomAccess {

    private static final int BYTE = 0xff;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final int DIGIT = 0xf;
    private static final int DIGIT_BITS = 4;
    private static final int HIGHEST_DIGIT = 20;
    /** Characters a colour takes in the list's text: {@code #aabbcc, }. */
    private static final int COLOUR_TEXT = 9;
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
     * The text any list of these colours has ({@code [#aabbcc, #ddeeff]}), made without an object per colour: a
     * catalogue entry's text (its stamp in the site stage) is mostly its thousand stripes.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(packed.length * COLOUR_TEXT + 2).append('[');
        for (int i = 0; i < packed.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append('#');
            for (int shift = HIGHEST_DIGIT; shift >= 0; shift -= DIGIT_BITS) {
                text.append(DIGITS[packed[i] >> shift & DIGIT]);
            }
        }
        return text.append(']').toString();
    }
}
