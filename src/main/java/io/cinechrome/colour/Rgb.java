package io.cinechrome.colour;

import java.util.HexFormat;

/**
 * An sRGB colour with 8 bits per channel, the unit every stage exchanges (catalogue, posters, pages).
 *
 * @param red   0..255
 * @param green 0..255
 * @param blue  0..255
 */
public record Rgb(int red, int green, int blue) {

    private static final HexFormat HEX = HexFormat.of();
    private static final int BITS_PER_DIGIT = 4;
    private static final int DIGIT_MASK = 0xf;
    private static final int RADIX = 16;
    private static final int HEX_DIGITS = 6;

    private static final int MAX = 255;

    public Rgb {
        check("red", red);
        check("green", green);
        check("blue", blue);
    }

    private static void check(String channel, int value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException(channel + " must be 0..255, was " + value);
        }
    }

    /** Parses {@code #rrggbb} or {@code rrggbb} (case-insensitive). */
    public static Rgb parse(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        // Checked by hand, not by a regular expression: a catalogue holds a million of these.
        if (digits.length() != HEX_DIGITS || !digits.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("not a colour: '" + hex + "' (expected #rrggbb)");
        }
        int value = HexFormat.fromHexDigits(digits);
        return new Rgb(value >> 16 & MAX, value >> 8 & MAX, value & MAX);
    }

    /** The packed 0xRRGGBB value. */
    public int packed() {
        return red << 16 | green << 8 | blue;
    }

    /** Lower-case {@code #rrggbb}. */
    public String hex() {
        return "#" + HEX.toHexDigits(packed(), HEX_DIGITS);
    }

    /** Appends {@link #hex()} to {@code text} without making a string of it (for long lists of colours). */
    public StringBuilder appendHex(StringBuilder text) {
        text.append('#');
        for (int shift = (HEX_DIGITS - 1) * BITS_PER_DIGIT; shift >= 0; shift -= BITS_PER_DIGIT) {
            text.append(Character.forDigit(packed() >> shift & DIGIT_MASK, RADIX));
        }
        return text;
    }

    @Override
    public String toString() {
        return hex();
    }
}
