package io.cinechrome.site.browse;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.WeightedLab;
import java.util.Comparator;
import java.util.List;

/**
 * A film's palette measured for browsing by colour: the colours in OKLab with their shares, the families, and
 * the keys of the colour sort orders.
 *
 * @param colours    the palette in OKLab, in the catalogue's order, weights = shares
 * @param families   the colour families the film belongs to
 * @param neutral    whether the dominant colour is neutral (grey, black or white): such films sort apart by hue
 * @param hue        the dominant colour's hue angle, 0..360 (meaningless when {@code neutral})
 * @param lightness  the share-weighted mean OKLab lightness, 0..1
 * @param chroma     the share-weighted mean OKLab chroma: how colourful the film is
 */
public record PaletteProfile(List<WeightedLab> colours, List<ColourFamily> families, boolean neutral, double hue,
        double lightness, double chroma) {

    public PaletteProfile {
        colours = List.copyOf(colours);
        families = List.copyOf(families);
        if (colours.isEmpty()) {
            throw new IllegalArgumentException("a palette profile needs colours");
        }
        if (!Double.isFinite(hue) || !Double.isFinite(lightness) || !Double.isFinite(chroma)) {
            throw new IllegalArgumentException("palette measures must be finite");
        }
    }

    /** Measures a film's palette. */
    public static PaletteProfile of(CatalogEntry film) {
        List<Swatch> palette = film.palette();
        List<WeightedLab> colours = palette.stream().map(s -> WeightedLab.of(s.colour(), s.share())).toList();
        OkLab dominant = OkLab.of(film.dominant().colour());
        double lightness = 0;
        double chroma = 0;
        for (WeightedLab colour : colours) {
            lightness += colour.lab().l() * colour.weight();
            chroma += colour.lab().chroma() * colour.weight();
        }
        return new PaletteProfile(colours, ColourFamily.of(palette),
                dominant.chroma() < ColourFamily.NEUTRAL_MAX_CHROMA, dominant.hueDegrees(), lightness, chroma);
    }

    /** By the dominant colour's hue around the wheel from red; films with a neutral dominant colour after them, dark to light. */
    public static Comparator<PaletteProfile> byHue() {
        return Comparator.comparing(PaletteProfile::neutral)
                .thenComparingDouble(p -> p.neutral() ? p.lightness() : p.hue());
    }

    /** Dark to light. */
    public static Comparator<PaletteProfile> byLightness() {
        return Comparator.comparingDouble(PaletteProfile::lightness);
    }

    /** Most colourful first. */
    public static Comparator<PaletteProfile> byColourfulness() {
        return Comparator.comparingDouble(PaletteProfile::chroma).reversed();
    }
}
