package io.cinechrome.render.text;

import io.cinechrome.colour.Contrast;
import io.cinechrome.colour.Rgb;
import java.util.List;

/**
 * Chooses text colours and scrims by computing WCAG contrast, never by guessing: for text over several
 * background colours it finds the faintest scrim that lifts the worst of them to the target ratio.
 */
public final class Legibility {

    /** Warm white for text on dark backgrounds. */
    public static final Rgb LIGHT_INK = new Rgb(246, 243, 236);
    /** Near black for text on light backgrounds. */
    static final Rgb DARK_INK = new Rgb(20, 20, 20);
    /** The scrim under light text. */
    static final Rgb DARK_SCRIM = new Rgb(0, 0, 0);
    /** The scrim under dark text. */
    static final Rgb LIGHT_SCRIM = new Rgb(255, 255, 255);
    /** WCAG AA plus a margin for the renderer's 8-bit rounding and anti-aliasing. */
    static final double TARGET = Contrast.WCAG_AA + 0.15;
    /** The scrim is always at least this opaque: one look for every poster. */
    static final int MIN_SCRIM_PERCENT = 12;
    private static final int MAX_SCRIM_PERCENT = 100;
    private static final double PERCENT = 100.0;
    /** Light text wins unless dark text needs this much less scrim: cinema posters are light on dark. */
    private static final double LIGHT_PREFERENCE = 0.25;

    private Legibility() {
    }

    /** The text colour and scrim for text over the given colours. */
    public static Overlay overlay(List<Rgb> backgrounds) {
        if (backgrounds.isEmpty()) {
            throw new IllegalArgumentException("text needs at least one background colour");
        }
        Overlay light = faintestScrim(LIGHT_INK, DARK_SCRIM, backgrounds);
        Overlay dark = faintestScrim(DARK_INK, LIGHT_SCRIM, backgrounds);
        return dark.scrimAlpha() + LIGHT_PREFERENCE < light.scrimAlpha() ? dark : light;
    }

    /** A legible text colour on one background: the soft inks when they reach the target, else black or white. */
    public static Rgb inkOn(Rgb background) {
        for (Rgb ink : List.of(LIGHT_INK, DARK_INK)) {
            if (Contrast.ratio(ink, background) >= TARGET) {
                return ink;
            }
        }
        Rgb white = new Rgb(255, 255, 255);
        Rgb black = new Rgb(0, 0, 0);
        return Contrast.ratio(white, background) >= Contrast.ratio(black, background) ? white : black;
    }

    private static Overlay faintestScrim(Rgb ink, Rgb scrim, List<Rgb> backgrounds) {
        Overlay overlay = null;
        for (int percent = MIN_SCRIM_PERCENT; percent <= MAX_SCRIM_PERCENT; percent++) {
            double alpha = percent / PERCENT;
            overlay = new Overlay(ink, scrim, alpha, worstContrast(ink, scrim, alpha, backgrounds));
            if (overlay.contrast() >= TARGET) {
                return overlay;
            }
        }
        return overlay;
    }

    private static double worstContrast(Rgb ink, Rgb scrim, double alpha, List<Rgb> backgrounds) {
        double worst = Double.MAX_VALUE;
        for (Rgb background : backgrounds) {
            worst = Math.min(worst, Contrast.ratio(ink, Contrast.composite(scrim, alpha, background)));
        }
        return worst;
    }

    /**
     * Text colour over a scrim.
     *
     * @param ink        text colour
     * @param scrim      scrim colour
     * @param scrimAlpha scrim opacity 0..1
     * @param contrast   the lowest contrast of the text against any background seen through the scrim
     */
    public record Overlay(Rgb ink, Rgb scrim, double scrimAlpha, double contrast) {
    }
}
