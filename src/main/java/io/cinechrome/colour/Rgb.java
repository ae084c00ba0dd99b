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
    private static final int HEX_DIGITS = 6;
    private static final int BITS_PER_DIGIT = 4;

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
        int value = packedOf(hex);
        return new Rgb(value >> 16 & MAX, value >> 8 & MAX, value & MAX);
    }

    /**
     * The packed 0xRRGGBB value of {@code #rrggbb} or {@code rrggbb} (case-insensitive), read from any characters
     * (a JSON parser's buffer) without making a string or a colour of them.
     */
    public static int packedOf(CharSequence hex) {
        int from = hex.length() > 0 && hex.charAt(0) == '#' ? 1 : 0;
        if (hex.length() - from != HEX_DIGITS) {
            throw notAColour(hex);
        }
        // One plain loop, not a regular expression or a stream: a catalogue holds a million of these, and a
        // re-run reads them all before the JIT has compiled much.
        int value = 0;
        for (int i = from; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!HexFormat.isHexDigit(c)) {
                throw notAColour(hex);
            }
            value = value << BITS_PER_DIGIT | HexFormat.fromHexDigit(c);
        }
        return value;
    }

    private static IllegalArgumentException notAColour(CharSequence hex) {
        return new IllegalArgumentException("not a colour: '" + hex + "' (expected #rrggbb)");
    }

    /** The packed 0xRRGGBB value. */
    public int packed() {
        return red << 16 | green << 8 | blue;
    }

    /** Lower-case {@code #rrggbb}. */
    public String hex() {
        return "#" + HEX.toHexDigits(packed(), HEX_DIGITS);
    }

    @Override
    public String toString() {
        return hex();
    }
}
