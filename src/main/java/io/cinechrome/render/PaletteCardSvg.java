package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.svg.SvgBuilder;
import io.cinechrome.render.svg.TextLine;
import io.cinechrome.render.text.Descriptions;
import io.cinechrome.render.text.Legibility;
import io.cinechrome.render.text.TitleLayout;
import io.cinechrome.render.text.TypeFace;
import java.util.List;
import java.util.Locale;

/**
 * The palette card: one band per palette colour, as wide as its share, with its hex code printed on it in a
 * colour that reaches {@link Legibility#TARGET}. A band too narrow for the code prints it upright (rotated);
 * a band too narrow even for that goes without.
 */
final class PaletteCardSvg {

    /** Label size as a fraction of the card's height, and the smallest size still legible. */
    private static final double LABEL_SIZE = 0.07;
    private static final double LABEL_MIN_SIZE = 11;
    private static final double LABEL_TRACKING_EM = 0.08;
    /** Space around a label, in label em. */
    private static final double LABEL_PADDING_EM = 0.9;
    /** A rotated label needs a band at least this wide, in label em. */
    private static final double ROTATED_MIN_WIDTH_EM = 1.25;
    private static final double ROTATE_UPWARDS = -90;

    private PaletteCardSvg() {
    }

    /** The palette card as an SVG document. */
    static String svg(CatalogEntry entry, PixelSize size, TitleLayout typesetter) {
        SvgBuilder svg = new SvgBuilder(size.width(), size.height(), Descriptions.palette(entry));
        List<Band> bands = Band.shares(entry.palette(), 0, size.width());
        Band.draw(svg, bands, 0, size.height());
        double fontSize = Math.max(LABEL_MIN_SIZE, size.height() * LABEL_SIZE);
        double capHeight = typesetter.capHeightEm(TypeFace.TEXT) * fontSize;
        for (Band band : bands) {
            label(svg, band, size, fontSize, capHeight, typesetter);
        }
        return svg.build();
    }

    private static void label(SvgBuilder svg, Band band, PixelSize size, double fontSize, double capHeight,
                              TitleLayout typesetter) {
        String hex = band.colour().hex().toUpperCase(Locale.ROOT);
        double tracking = LABEL_TRACKING_EM * fontSize;
        double padding = LABEL_PADDING_EM * fontSize;
        double textWidth = typesetter.lineWidth(hex, TypeFace.TEXT, fontSize, LABEL_TRACKING_EM);
        double baseline = size.height() - padding;
        if (band.width() >= textWidth + 2 * padding) {
            svg.text(new TextLine(hex, band.centre() + tracking / 2, baseline, TypeFace.TEXT, fontSize,
                    Legibility.inkOn(band.colour()), TextLine.Anchor.MIDDLE, tracking, 0));
        } else if (band.width() >= ROTATED_MIN_WIDTH_EM * fontSize && size.height() >= textWidth + 2 * padding) {
            svg.text(new TextLine(hex, band.centre() + capHeight / 2, baseline, TypeFace.TEXT, fontSize,
                    Legibility.inkOn(band.colour()), TextLine.Anchor.START, tracking, ROTATE_UPWARDS));
        }
    }
}
