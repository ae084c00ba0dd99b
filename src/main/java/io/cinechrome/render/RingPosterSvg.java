package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.svg.SvgBuilder;
import io.cinechrome.render.svg.SvgNumber;
import io.cinechrome.render.svg.TextLine;
import io.cinechrome.render.text.Credits;
import io.cinechrome.render.text.Descriptions;
import io.cinechrome.render.text.Legibility;
import io.cinechrome.render.text.TextBlock;
import io.cinechrome.render.text.TextSpec;
import io.cinechrome.render.text.TitleLayout;
import io.cinechrome.render.text.TypeFace;
import java.util.List;
import java.util.Optional;

/**
 * The ring poster: the stripes wrapped around a ring, the film running clockwise from 12 o'clock, the title
 * (and credits) centred inside on the poster's dark ground, in the ink {@link Legibility} picks for it.
 * Each stripe is one shared wedge shape turned to its angle; every wedge but the last reaches a hair into the
 * next one, which is drawn over it, so no edge between stripes ever shows the ground. The wedges are drawn
 * without anti-aliasing: 1,080 stripes are narrower than two pixels at the inner radius, so anti-aliasing would
 * only blend neighbours into colours the film does not have, and those blends made the PNG three to six times
 * larger (170 KB instead of 69 KB for a demo film). Thin anti-aliased circles in the ground colour keep the
 * ring's outer and inner edges smooth.
 */
final class RingPosterSvg {

    /** The ground around and inside the ring. */
    static final Rgb GROUND = new Rgb(17, 17, 17);
    /** Outer and inner radius, as fractions of the side. */
    static final double OUTER = 0.47;
    static final double INNER = 0.29;
    /** How far a wedge reaches into the next, in pixels at the inner radius. */
    private static final double OVERLAP_PIXELS = 1.0;
    /** Width of the anti-aliased ground-coloured circles that smooth the ring's edges, in pixels. */
    private static final double EDGE_PIXELS = 1.0;
    static final double FULL_TURN = 360.0;
    private static final double TITLE_MAX_SIZE = 0.075;
    private static final double TITLE_MIN_SIZE = 0.036;
    private static final double TITLE_FLOOR_SIZE = 0.006;
    /** The title fits in this share of the inner diameter, and in this share of it in height. */
    private static final double TITLE_WIDTH = 0.78;
    private static final double TITLE_HEIGHT = 0.5;
    private static final int TITLE_LINES = 3;
    private static final double TITLE_LINE_HEIGHT_EM = 1.14;
    private static final double TITLE_TRACKING_EM = 0.02;
    private static final double CREDITS_SIZE = 0.02;
    private static final double CREDITS_LINE_HEIGHT_EM = 1.6;
    private static final double CREDITS_TRACKING_EM = 0.2;
    private static final double CREDITS_GAP_EM = 2.2;
    static final String WEDGE = "w";
    static final String LAST_WEDGE = "e";

    private RingPosterSvg() {
    }

    /** The ring poster of a film as an SVG document of {@code size} x {@code size} pixels. */
    static String svg(CatalogEntry entry, int size, boolean showCredits, TitleLayout typesetter) {
        SvgBuilder svg = new SvgBuilder(size, size, Descriptions.poster(entry));
        svg.rect(0, 0, size, size, GROUND);
        double outer = size * OUTER;
        double inner = size * INNER;
        List<Rgb> stripes = entry.stripes();
        double step = FULL_TURN / stripes.size();
        double overlap = Math.toDegrees(OVERLAP_PIXELS / inner);
        svg.openGroup("translate(" + SvgNumber.format(size / 2.0) + " " + SvgNumber.format(size / 2.0) + ")");
        svg.openCrispGroup();
        svg.definePath(WEDGE, wedge(outer, inner, step + overlap));
        svg.definePath(LAST_WEDGE, wedge(outer, inner, step));
        for (int i = 0; i < stripes.size(); i++) {
            svg.useRotated(i == stripes.size() - 1 ? LAST_WEDGE : WEDGE, i * step, stripes.get(i));
        }
        svg.closeGroup();
        svg.ring(0, 0, outer, GROUND, EDGE_PIXELS);
        svg.ring(0, 0, inner, GROUND, EDGE_PIXELS);
        svg.closeGroup();
        text(svg, entry, size, showCredits, typesetter);
        return svg.build();
    }

    /**
     * A ring segment from 12 o'clock clockwise through {@code degrees}: along the outer arc, in to the inner
     * radius, back along the inner arc.
     */
    static String wedge(double outer, double inner, double degrees) {
        double radians = Math.toRadians(Math.min(degrees, FULL_TURN - 0.01));
        int largeArc = degrees > FULL_TURN / 2 ? 1 : 0;
        double sin = Math.sin(radians);
        double cos = Math.cos(radians);
        return "M0 " + n(-outer) + "A" + n(outer) + " " + n(outer) + " 0 " + largeArc + " 1 " + n(outer * sin) + " "
                + n(-outer * cos) + "L" + n(inner * sin) + " " + n(-inner * cos) + "A" + n(inner) + " " + n(inner)
                + " 0 " + largeArc + " 0 0 " + n(-inner) + "Z";
    }

    private static void text(SvgBuilder svg, CatalogEntry entry, int size, boolean showCredits,
                             TitleLayout typesetter) {
        double diameter = 2 * size * INNER;
        TextBlock title = typesetter.fit(entry.title(), new TextSpec(TypeFace.TITLE, size * TITLE_MAX_SIZE,
                size * TITLE_MIN_SIZE, size * TITLE_FLOOR_SIZE, diameter * TITLE_WIDTH, diameter * TITLE_HEIGHT,
                TITLE_LINES, TITLE_LINE_HEIGHT_EM, TITLE_TRACKING_EM));
        Optional<TextBlock> credits = showCredits
                ? Credits.of(entry).map(text -> typesetter.fit(text, new TextSpec(TypeFace.TEXT, size * CREDITS_SIZE,
                        size * CREDITS_SIZE, size * TITLE_FLOOR_SIZE, diameter * TITLE_WIDTH, size * CREDITS_SIZE * 4,
                        2, CREDITS_LINE_HEIGHT_EM, CREDITS_TRACKING_EM)))
                : Optional.empty();
        double capHeight = title.fontSize() * typesetter.capHeightEm(TypeFace.TITLE);
        double creditsFirst = title.baselineSpan() + credits.map(c -> c.fontSize() * CREDITS_GAP_EM).orElse(0.0);
        double last = credits.map(c -> creditsFirst + c.baselineSpan()).orElse(title.baselineSpan());
        double firstBaseline = Math.round(size / 2.0 - (last - capHeight) / 2.0);
        Rgb ink = Legibility.overlay(List.of(GROUND)).ink();
        lines(svg, title, TypeFace.TITLE, size / 2.0, firstBaseline, ink);
        credits.ifPresent(c -> lines(svg, c, TypeFace.TEXT, size / 2.0, firstBaseline + creditsFirst, ink));
    }

    /** Centred lines; letter spacing follows every character, so shift right by half of it. */
    static void lines(SvgBuilder svg, TextBlock block, TypeFace face, double centre, double baseline, Rgb ink) {
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            svg.text(new TextLine(lines.get(i), centre + block.letterSpacing() / 2,
                    baseline + i * block.lineHeight(), face, block.fontSize(), ink, TextLine.Anchor.MIDDLE,
                    block.letterSpacing(), 0));
        }
    }

    private static String n(double value) {
        return SvgNumber.format(value);
    }
}
