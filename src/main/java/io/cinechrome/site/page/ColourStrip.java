package io.cinechrome.site.page;

import java.util.List;
import java.util.Locale;

/**
 * A strip of colours side by side, each as wide as its share, painted by one inline style instead of an element a
 * colour: the stops of a hard-stop {@code linear-gradient} in the custom property {@code --strip}, which the
 * stylesheet paints ({@code linear-gradient(90deg, var(--strip))}), about a third of the markup of five styled
 * spans. A card is shown by about eighteen pages of a gallery (the index and sort pages, colour, year and director
 * pages, similar films), so at 10,000 films this is some 30 MB of the site.
 */
public final class ColourStrip {

    /** Edges are given to a tenth of a percent: under a third of a pixel on the widest strip. */
    private static final String EDGE_FORMAT = "%.1f";
    private static final double PERCENT = 100;
    /** The custom property the stylesheet's gradient reads its stops from. */
    private static final String PROPERTY = "--strip:";

    private ColourStrip() {
    }

    /**
     * The inline style painting these colours left to right in proportion to their widths: {@code
     * --strip:#aaaaaa 30.9%,#bbbbbb 0 53.5%,#cccccc 0}, or a plain background for one colour; empty for none.
     */
    public static String style(List<SwatchView> colours) {
        return style(colours, colours.stream().mapToDouble(ColourStrip::weight).toArray());
    }

    /** The same with every colour as wide as the others (a director's films, one colour each). */
    public static String equal(List<SwatchView> colours) {
        return style(colours, new double[colours.size()]);
    }

    /** The style with each colour as wide as its weight; with no weight at all, as wide as each other. */
    private static String style(List<SwatchView> colours, double[] weights) {
        if (colours.isEmpty()) {
            return "";
        }
        if (colours.size() == 1) {
            return colours.get(0).background();
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        StringBuilder style = new StringBuilder(PROPERTY);
        double edge = 0;
        for (int i = 0; i < colours.size(); i++) {
            style.append(i == 0 ? "" : ",").append(colours.get(i).hex()).append(i == 0 ? "" : " 0");
            if (i < colours.size() - 1) {
                edge += weights[i];
                style.append(' ').append(percent(total > 0 ? PERCENT * edge / total : PERCENT * (i + 1)
                        / colours.size()));
            }
        }
        return style.toString();
    }

    private static double weight(SwatchView colour) {
        return Double.parseDouble(colour.width().substring(0, colour.width().length() - 1));
    }

    /** {@code 30.9%}, {@code 54%}: a tenth of a percent, no trailing {@code .0}. */
    private static String percent(double value) {
        String text = String.format(Locale.ROOT, EDGE_FORMAT, value);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }
}
