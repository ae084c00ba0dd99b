package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.svg.SvgBuilder;
import io.cinechrome.render.svg.TextLine;
import io.cinechrome.render.text.Credits;
import io.cinechrome.render.text.Descriptions;
import io.cinechrome.render.text.Legibility;
import io.cinechrome.render.text.TextBlock;
import io.cinechrome.render.text.TextSpec;
import io.cinechrome.render.text.TitleLayout;
import io.cinechrome.render.text.TypeFace;
import java.util.List;

/**
 * The strip poster, for prints: the stripes as a wide barcode (3000x600 next to a 1080 px square poster,
 * every stripe a hairline) with the title and, below it, the credits set on a dark band under the bars.
 */
final class StripPosterSvg {

    /** The bars take this share of the height; the text band the rest. */
    private static final double BARS_HEIGHT = 0.72;
    private static final double MARGIN = 0.06;
    private static final double TITLE_MAX_SIZE = 0.11;
    private static final double TITLE_MIN_SIZE = 0.06;
    private static final double TITLE_FLOOR_SIZE = 0.02;
    private static final double TITLE_WIDTH = 0.9;
    private static final double TITLE_TRACKING_EM = 0.02;
    private static final double CREDITS_SIZE = 0.045;
    private static final double CREDITS_TRACKING_EM = 0.2;
    /** Baselines of the title and the credits, as shares of the text band's height. */
    private static final double TITLE_BASELINE = 0.5;
    private static final double CREDITS_BASELINE = 0.82;

    private StripPosterSvg() {
    }

    /** The strip poster of a film as an SVG document. */
    static String svg(CatalogEntry entry, PixelSize size, boolean showCredits, TitleLayout typesetter) {
        int width = size.width();
        int height = size.height();
        SvgBuilder svg = new SvgBuilder(width, height, Descriptions.poster(entry));
        svg.rect(0, 0, width, height, RingPosterSvg.GROUND);
        int bars = (int) Math.round(height * BARS_HEIGHT);
        Band.draw(svg, Band.equal(entry.stripes(), 0, width), 0, bars);
        double band = height - bars;
        double left = Math.round(height * MARGIN);
        Rgb ink = Legibility.overlay(List.of(RingPosterSvg.GROUND)).ink();
        boolean credits = showCredits && Credits.of(entry).isPresent();
        TextBlock title = typesetter.fit(entry.title(), new TextSpec(TypeFace.TITLE, height * TITLE_MAX_SIZE,
                height * TITLE_MIN_SIZE, height * TITLE_FLOOR_SIZE, width * TITLE_WIDTH, band * 0.5, 1,
                1.1, TITLE_TRACKING_EM));
        double titleBaseline = bars + band * (credits ? TITLE_BASELINE : (TITLE_BASELINE + CREDITS_BASELINE) / 2);
        svg.text(new TextLine(title.lines().get(0), left, titleBaseline, TypeFace.TITLE, title.fontSize(), ink,
                TextLine.Anchor.START, title.letterSpacing(), 0));
        if (credits) {
            TextBlock line = typesetter.fit(Credits.of(entry).orElseThrow(), new TextSpec(TypeFace.TEXT,
                    height * CREDITS_SIZE, height * CREDITS_SIZE, height * TITLE_FLOOR_SIZE, width * TITLE_WIDTH,
                    band * 0.3, 1, 1.2, CREDITS_TRACKING_EM));
            svg.text(new TextLine(line.lines().get(0), left, bars + band * CREDITS_BASELINE, TypeFace.TEXT,
                    line.fontSize(), ink, TextLine.Anchor.START, line.letterSpacing(), 0));
        }
        return svg.build();
    }
}
