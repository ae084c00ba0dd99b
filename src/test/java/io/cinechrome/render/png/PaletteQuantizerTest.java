package io.cinechrome.render.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The palette chooser behind indexed PNGs of images with more than 256 colours. */
class PaletteQuantizerTest {

    private static final int PALETTE = 256;

    @Test
    void everyColourMapsToItsNearestEntryOfADarkestFirstPalette() {
        int[] colours = randomColours(5_000, 7);
        int[] counts = IntStream.range(0, colours.length).map(i -> 1 + i % 13).toArray();
        PaletteQuantizer.Quantized quantized = PaletteQuantizer.quantize(colours, counts, PALETTE);
        int[] palette = quantized.palette();
        assertEquals(PALETTE, palette.length);
        for (int i = 1; i < palette.length; i++) {
            assertTrue(lab(palette[i - 1]).l() <= lab(palette[i]).l(), "darkest first, at entry " + i);
        }
        for (int i = 0; i < colours.length; i++) {
            double chosen = lab(colours[i]).distance(lab(palette[quantized.entryOf()[i]]));
            for (int entry : palette) {
                assertTrue(chosen <= lab(colours[i]).distance(lab(entry)) + 1e-12,
                        "colour " + Integer.toHexString(colours[i]) + " has a nearer entry than its own");
            }
        }
    }

    @Test
    void theSameColoursGiveTheSamePalette() {
        int[] colours = randomColours(3_000, 11);
        int[] counts = new int[colours.length];
        Arrays.fill(counts, 5);
        PaletteQuantizer.Quantized first = PaletteQuantizer.quantize(colours, counts, PALETTE);
        PaletteQuantizer.Quantized second = PaletteQuantizer.quantize(colours.clone(), counts.clone(), PALETTE);
        assertArrayEquals(first.palette(), second.palette());
        assertArrayEquals(first.entryOf(), second.entryOf());
    }

    @Test
    void coloursOutOfOrderAreRefused() {
        int[] colours = {0xff000010, 0xff000001};
        assertThrows(IllegalArgumentException.class, () -> PaletteQuantizer.quantize(colours, new int[] {1, 1}, 1));
    }

    /** Distinct random opaque colours, ascending. */
    private static int[] randomColours(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return random.ints(count, 0, 1 << 24).map(rgb -> 0xff000000 | rgb).distinct().sorted().toArray();
    }

    private static OkLab lab(int argb) {
        return OkLab.of(new Rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff));
    }
}
