package io.cinechrome.render;

import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.svg.SvgBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of one colour along the x axis, between integer pixel edges, so neighbouring bands tile exactly
 * with neither gaps nor anti-aliased seams.
 *
 * @param start  first pixel column
 * @param end    pixel column after the last (exclusive)
 * @param colour the colour
 */
record Band(int start, int end, Rgb colour) {

    /** Up to this many bands are drawn as rectangles; more as one picture (see {@link StripeImage}). */
    static final int MAX_RECTANGLES = 32;

    Band {
        if (end <= start || colour == null) {
            throw new IllegalArgumentException("a band needs a colour and end > start, was " + start + ".." + end);
        }
    }

    /** Width in pixels. */
    int width() {
        return end - start;
    }

    /** Centre column. */
    double centre() {
        return (start + end) / 2.0;
    }

    /** Equal-width bands, one per colour in order, over {@code [x, x + extent)}; equal neighbours merge. */
    static List<Band> equal(List<Rgb> colours, int x, int extent) {
        double[] weights = new double[colours.size()];
        java.util.Arrays.fill(weights, 1);
        return weighted(colours, weights, x, extent, true);
    }

    /** Bands as wide as the swatches' shares over {@code [x, x + extent)}, one per swatch (no merging). */
    static List<Band> shares(List<Swatch> swatches, int x, int extent) {
        double[] weights = swatches.stream().mapToDouble(Swatch::share).toArray();
        return weighted(swatches.stream().map(Swatch::colour).toList(), weights, x, extent, false);
    }

    /**
     * Draws the bands over the height {@code [y, y + height)}, without anti-aliasing: a few as rectangles,
     * more than {@value #MAX_RECTANGLES} (hairline stripes) as one embedded picture with a pixel per column.
     */
    static void draw(SvgBuilder svg, List<Band> bands, double y, double height) {
        if (bands.size() > MAX_RECTANGLES) {
            Band first = bands.get(0);
            svg.pixelImage(first.start(), y, bands.get(bands.size() - 1).end() - first.start(), height,
                    StripeImage.dataUri(bands));
            return;
        }
        svg.openCrispGroup();
        bands.forEach(band -> svg.rect(band.start(), y, band.width(), height, band.colour()));
        svg.closeGroup();
    }

    /** The colours of the bands overlapping {@code [from, to)}. */
    static List<Rgb> colourBetween(List<Band> bands, double from, double to) {
        return bands.stream().filter(b -> b.end() > from && b.start() < to).map(Band::colour).toList();
    }

    /**
     * Edge i is {@code x + round(extent * (w0 + ... + w(i-1)) / total)}: edges are integers, the first is x and
     * the last x + extent. A band rounding to zero width is left out.
     */
    private static List<Band> weighted(List<Rgb> colours, double[] weights, int x, int extent, boolean merge) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        List<Band> bands = new ArrayList<>();
        double cumulative = 0;
        int start = x;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            int end = i == weights.length - 1 ? x + extent : x + (int) Math.round(extent * cumulative / total);
            if (end > start) {
                add(bands, new Band(start, end, colours.get(i)), merge);
                start = end;
            }
        }
        return bands;
    }

    private static void add(List<Band> bands, Band band, boolean merge) {
        int last = bands.size() - 1;
        if (merge && last >= 0 && bands.get(last).colour().equals(band.colour())) {
            bands.set(last, new Band(bands.get(last).start(), band.end(), band.colour()));
        } else {
            bands.add(band);
        }
    }
}
