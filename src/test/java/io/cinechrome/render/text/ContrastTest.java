package io.cinechrome.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.Contrast;
import io.cinechrome.colour.Rgb;
import org.junit.jupiter.api.Test;

class ContrastTest {

    private static final Rgb WHITE = new Rgb(255, 255, 255);
    private static final Rgb BLACK = new Rgb(0, 0, 0);

    @Test
    void blackOnWhiteIs21() {
        assertEquals(21, Contrast.ratio(BLACK, WHITE), 1e-9);
        assertEquals(1, Contrast.ratio(WHITE, WHITE), 1e-9);
    }

    @Test
    void knownPairsMatchWcagReferenceValues() {
        // #767676 is the lightest grey that passes AA on white (4.54), #777777 just fails (4.48).
        assertEquals(4.54, Contrast.ratio(Rgb.parse("#767676"), WHITE), 0.01);
        assertEquals(4.48, Contrast.ratio(Rgb.parse("#777777"), WHITE), 0.01);
    }

    @Test
    void compositingBlendsInSrgb() {
        assertEquals(new Rgb(128, 128, 128), Contrast.composite(BLACK, 0.5, WHITE));
        assertEquals(WHITE, Contrast.composite(BLACK, 0, WHITE));
    }

    @Test
    void chosenInkAlwaysReachesTheTarget() {
        for (int value = 0; value < 256; value += 5) {
            for (Rgb colour : new Rgb[] {new Rgb(value, 0, 0), new Rgb(0, value, 0), new Rgb(value, value, 255 - value)}) {
                assertTrue(Contrast.ratio(Legibility.inkOn(colour), colour) >= Contrast.WCAG_AA, colour.hex());
            }
        }
    }

    @Test
    void overlayLiftsTheWorstBackground() {
        Legibility.Overlay overlay = Legibility.overlay(java.util.List.of(WHITE, BLACK, Rgb.parse("#f7c65a")));
        for (Rgb background : new Rgb[] {WHITE, BLACK, Rgb.parse("#f7c65a")}) {
            Rgb seen = Contrast.composite(overlay.scrim(), overlay.scrimAlpha(), background);
            assertTrue(Contrast.ratio(overlay.ink(), seen) >= Legibility.TARGET, background.hex());
        }
    }
}
