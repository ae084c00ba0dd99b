package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.png.PngEncoder;
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
import java.util.Optional;

/**
 * The Open Graph preview, 1200x630: the fingerprint as a square on the left; on the right a dark panel tinted
 * with the film's dominant colour carrying the title, year and director, and the palette along its foot.
 */
final class SocialSvg {

    /** The panel's OKLab lightness and the most colourful its tint may be. */
    private static final double PANEL_LIGHTNESS = 0.2;
    private static final double PANEL_MAX_CHROMA = 0.035;
    private static final double MARGIN = 56;
    private static final double PALETTE_HEIGHT = 78;
    private static final double TITLE_MAX_SIZE = 60;
    private static final double TITLE_MIN_SIZE = 34;
    private static final double FLOOR_SIZE = 6;
    private static final double TITLE_HEIGHT = 300;
    private static final int TITLE_LINES = 4;
    private static final double TITLE_LINE_HEIGHT_EM = 1.12;
    private static final double TITLE_TRACKING_EM = 0.01;
    private static final double CREDITS_MAX_SIZE = 19;
    private static final double CREDITS_MIN_SIZE = 14;
    private static final double CREDITS_HEIGHT = 70;
    private static final int CREDITS_LINES = 2;
    private static final double CREDITS_LINE_HEIGHT_EM = 1.6;
    private static final double CREDITS_TRACKING_EM = 0.18;
    private static final double CREDITS_GAP_EM = 2.4;
    private static final String WORDMARK = "CINECHROME";
    private static final double WORDMARK_SIZE = 13;
    private static final double WORDMARK_TRACKING_EM = 0.4;

    private SocialSvg() {
    }

    /** The preview as an SVG document. */
    static String svg(CatalogEntry entry, TitleLayout typesetter) {
        int width = RenderSettings.SOCIAL_WIDTH;
        int height = RenderSettings.SOCIAL_HEIGHT;
        SvgBuilder svg = new SvgBuilder(width, height, Descriptions.social(entry));
        Band.draw(svg, Band.equal(entry.bars(), 0, height), 0, height);
        Rgb panel = panelColour(entry);
        Rgb ink = Legibility.inkOn(panel);
        svg.rect(height, 0, width - height, height, panel);
        Band.draw(svg, Band.shares(entry.palette(), height, width - height), height - PALETTE_HEIGHT, PALETTE_HEIGHT);
        text(svg, entry, typesetter, ink);
        return svg.build();
    }

    /**
     * The ground, ink and area of the preview's lettering (the panel above its palette), for its PNG's
     * {@linkplain PngEncoder#encodeCompact encoding}.
     */
    static PngEncoder.Lettering lettering(CatalogEntry entry) {
        Rgb panel = panelColour(entry);
        int width = RenderSettings.SOCIAL_WIDTH;
        int height = RenderSettings.SOCIAL_HEIGHT;
        return new PngEncoder.Lettering(panel.packed(), Legibility.inkOn(panel).packed(),
                new PngEncoder.Area(height, 0, width, height - (int) PALETTE_HEIGHT));
    }

    /** The dominant colour darkened to the panel's lightness, its colourfulness capped. */
    static Rgb panelColour(CatalogEntry entry) {
        OkLab dominant = OkLab.of(entry.dominant().colour());
        double chroma = dominant.chroma();
        double scale = chroma > PANEL_MAX_CHROMA ? PANEL_MAX_CHROMA / chroma : 1;
        return new OkLab(PANEL_LIGHTNESS, dominant.a() * scale, dominant.b() * scale).toRgb();
    }

    private static void text(SvgBuilder svg, CatalogEntry entry, TitleLayout typesetter, Rgb ink) {
        int height = RenderSettings.SOCIAL_HEIGHT;
        double left = height + MARGIN;
        double textWidth = RenderSettings.SOCIAL_WIDTH - left - MARGIN;
        double wordmarkTracking = WORDMARK_TRACKING_EM * WORDMARK_SIZE;
        double wordmarkCap = typesetter.capHeightEm(TypeFace.TEXT) * WORDMARK_SIZE;
        svg.text(new TextLine(WORDMARK, left, MARGIN + wordmarkCap, TypeFace.TEXT, WORDMARK_SIZE, ink,
                TextLine.Anchor.START, wordmarkTracking, 0));
        TextBlock title = typesetter.fit(entry.title(), new TextSpec(TypeFace.TITLE, TITLE_MAX_SIZE, TITLE_MIN_SIZE,
                FLOOR_SIZE, textWidth, TITLE_HEIGHT, TITLE_LINES, TITLE_LINE_HEIGHT_EM, TITLE_TRACKING_EM));
        Optional<TextBlock> credits = Credits.of(entry).map(c -> typesetter.fit(c, new TextSpec(TypeFace.TEXT,
                CREDITS_MAX_SIZE, CREDITS_MIN_SIZE, FLOOR_SIZE, textWidth, CREDITS_HEIGHT, CREDITS_LINES,
                CREDITS_LINE_HEIGHT_EM, CREDITS_TRACKING_EM)));
        double capHeight = typesetter.capHeightEm(TypeFace.TITLE) * title.fontSize();
        double creditsOffset = title.baselineSpan() + credits.map(c -> c.fontSize() * CREDITS_GAP_EM).orElse(0.0);
        double blockHeight = capHeight + credits.map(c -> creditsOffset + c.baselineSpan())
                .orElse(title.baselineSpan());
        double areaTop = MARGIN + wordmarkCap;
        double areaBottom = height - PALETTE_HEIGHT;
        double firstBaseline = Math.round((areaTop + areaBottom) / 2 - blockHeight / 2 + capHeight);
        lines(svg, title, TypeFace.TITLE, left, firstBaseline, ink);
        credits.ifPresent(c -> lines(svg, c, TypeFace.TEXT, left, firstBaseline + creditsOffset, ink));
    }

    private static void lines(SvgBuilder svg, TextBlock block, TypeFace face, double x, double baseline, Rgb ink) {
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            svg.text(new TextLine(lines.get(i), x, baseline + i * block.lineHeight(), face, block.fontSize(), ink,
                    TextLine.Anchor.START, block.letterSpacing(), 0));
        }
    }
}
