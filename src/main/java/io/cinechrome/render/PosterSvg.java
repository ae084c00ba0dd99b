package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.svg.SvgBuilder;
import io.cinechrome.render.svg.TextLine;
import io.cinechrome.render.text.Descriptions;
import io.cinechrome.render.text.Legibility;
import io.cinechrome.render.text.TextBlock;
import io.cinechrome.render.text.TypeFace;
import java.util.List;

/** The fingerprint poster: one bar per stripe in time order, the title centred on a computed scrim. */
final class PosterSvg {

    /** Whether the text is drawn; tests hide it to measure the background behind it. */
    enum Text { DRAWN, HIDDEN }

    private PosterSvg() {
    }

    /** The poster as an SVG document. */
    static String svg(CatalogEntry entry, PosterLayout layout, Text text) {
        int size = layout.size();
        SvgBuilder svg = new SvgBuilder(size, size, Descriptions.poster(entry));
        Band.draw(svg, layout.bars(), 0, size);
        Box scrim = layout.scrimBox();
        Legibility.Overlay overlay = layout.overlay();
        svg.openFilledGroup(overlay.scrim());
        for (ScrimFade.Step step : ScrimFade.steps((int) scrim.height(), (int) (layout.textBox().y() - scrim.y()),
                overlay.scrimAlpha())) {
            svg.translucentRect(scrim.x(), scrim.y() + step.top(), scrim.width(), step.height(), step.opacity());
        }
        svg.closeGroup();
        if (text == Text.DRAWN) {
            lines(svg, layout.title(), TypeFace.TITLE, size / 2.0, layout.titleBaseline(), overlay);
            layout.credits().ifPresent(credits ->
                    lines(svg, credits, TypeFace.TEXT, size / 2.0, layout.creditsBaseline(), overlay));
        }
        return svg.build();
    }

    private static void lines(SvgBuilder svg, TextBlock block, TypeFace face, double centre, double baseline,
                              Legibility.Overlay overlay) {
        List<String> lines = block.lines();
        // Letter spacing follows every character, the last one too: shift right by half of it to centre the ink.
        double x = centre + block.letterSpacing() / 2;
        for (int i = 0; i < lines.size(); i++) {
            svg.text(new TextLine(lines.get(i), x, baseline + i * block.lineHeight(), face, block.fontSize(),
                    overlay.ink(), TextLine.Anchor.MIDDLE, block.letterSpacing(), 0));
        }
    }
}
