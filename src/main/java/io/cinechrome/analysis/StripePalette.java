package io.cinechrome.analysis;

import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.List;

/**
 * The palette of a film known only by its stripes (one colour per moment, e.g. imported from a colour-fingerprint
 * script): the usual palette builder over the stripes, each weighing the same, so the palette has shares.
 *
 * @param blackAndWhite whether the stripes have (almost) no colour; the palette is then greys, dark to light
 * @param palette       the palette, largest share first
 */
public record StripePalette(boolean blackAndWhite, List<Swatch> palette) {

    public StripePalette {
        palette = List.copyOf(palette);
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("a palette needs at least one colour");
        }
    }

    /** Builds the palette of the stripes with the given settings' palette size and grey levels. */
    public static StripePalette of(List<Rgb> stripes, AnalysisSettings settings) {
        if (stripes.isEmpty()) {
            throw new IllegalArgumentException("a palette needs at least one stripe");
        }
        WeightedColours colours = new WeightedColours();
        for (Rgb stripe : stripes) {
            colours.add(OkLab.of(stripe), 1);
        }
        boolean greys = PaletteBuilder.isBlackAndWhite(colours);
        return new StripePalette(greys, greys ? PaletteBuilder.greys(colours, settings.greyLevels())
                : PaletteBuilder.colours(colours, settings.paletteSize()));
    }
}
