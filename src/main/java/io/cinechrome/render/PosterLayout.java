package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.text.Credits;
import io.cinechrome.render.text.Legibility;
import io.cinechrome.render.text.TextBlock;
import io.cinechrome.render.text.TextSpec;
import io.cinechrome.render.text.TitleLayout;
import io.cinechrome.render.text.TypeFace;
import java.util.List;
import java.util.Optional;

/**
 * Where everything on a fingerprint poster goes: the bars edge to edge, the title (and credits) centred,
 * and the scrim behind the text with the text colour computed to reach {@link Legibility#TARGET}.
 * All measures are fractions of the poster's side, so every size looks the same.
 *
 * @param size          side in pixels
 * @param bars          the stripes as bars
 * @param title         the title's lines
 * @param titleBaseline the first title line's baseline
 * @param credits       year and director, when shown
 * @param creditsBaseline the first credits line's baseline (meaningless without credits)
 * @param textBox       the area the text occupies, padded; its contrast is guaranteed
 * @param scrimBox      the scrim's full extent, fades included
 * @param overlay       text colour and scrim
 */
record PosterLayout(int size, List<Band> bars, TextBlock title, double titleBaseline, Optional<TextBlock> credits,
                    double creditsBaseline, Box textBox, Box scrimBox, Legibility.Overlay overlay) {

    private static final double TITLE_MAX_SIZE = 0.1;
    private static final double TITLE_MIN_SIZE = 0.042;
    private static final double TITLE_FLOOR_SIZE = 0.006;
    private static final double TITLE_WIDTH = 0.80;
    private static final double TITLE_HEIGHT = 0.28;
    private static final int TITLE_LINES = 3;
    private static final double TITLE_LINE_HEIGHT_EM = 1.14;
    private static final double TITLE_TRACKING_EM = 0.02;
    private static final double CREDITS_MAX_SIZE = 0.024;
    private static final double CREDITS_MIN_SIZE = 0.016;
    private static final double CREDITS_HEIGHT = 0.12;
    private static final int CREDITS_LINES = 2;
    private static final double CREDITS_LINE_HEIGHT_EM = 1.6;
    private static final double CREDITS_TRACKING_EM = 0.2;
    /** Space between the title's last baseline and the credits' first, in credits em, plus the title's descent. */
    private static final double CREDITS_GAP_EM = 2.2;
    /** Glyph extent above a baseline / below it, in em, generous enough for accents and CJK. */
    private static final double ASCENT_EM = 0.98;
    private static final double DESCENT_EM = 0.28;
    private static final double TEXT_PADDING = 0.04;
    private static final double SCRIM_FADE = 0.09;

    /** Lays out the poster of a film. */
    static PosterLayout of(CatalogEntry entry, int size, boolean showCredits, TitleLayout typesetter) {
        TextBlock title = typesetter.fit(entry.title(), titleSpec(size));
        Optional<TextBlock> credits = showCredits
                ? Credits.of(entry).map(text -> typesetter.fit(text, creditsSpec(size)))
                : Optional.empty();
        double capHeight = title.fontSize() * typesetter.capHeightEm(TypeFace.TITLE);
        double titleLast = title.baselineSpan();
        double creditsFirst = titleLast + credits.map(c -> c.fontSize() * CREDITS_GAP_EM).orElse(0.0);
        double bottom = credits.map(c -> creditsFirst + c.baselineSpan() + c.fontSize() * DESCENT_EM)
                .orElse(titleLast + title.fontSize() * DESCENT_EM);
        double firstBaseline = Math.round(size / 2.0 - (bottom - capHeight) / 2.0);
        Box textBox = textBox(size, title, credits, firstBaseline, firstBaseline + bottom);
        Box scrimBox = scrimBox(size, textBox);
        List<Band> bars = Band.equal(entry.bars(), 0, size);
        Legibility.Overlay overlay = Legibility.overlay(Band.colourBetween(bars, textBox.x(), textBox.right()));
        return new PosterLayout(size, bars, title, firstBaseline, credits, firstBaseline + creditsFirst,
                textBox, scrimBox, overlay);
    }

    private static Box textBox(int size, TextBlock title, Optional<TextBlock> credits, double firstBaseline,
                               double bottom) {
        double padding = size * TEXT_PADDING;
        double width = Math.max(title.width(), credits.map(TextBlock::width).orElse(0.0)) + 2 * padding;
        double top = Math.floor(firstBaseline - title.fontSize() * ASCENT_EM - padding);
        double height = Math.ceil(bottom + padding) - top;
        double left = Math.max(0, Math.floor((size - width) / 2));
        return new Box(left, top, size - 2 * left, height);
    }

    private static Box scrimBox(int size, Box textBox) {
        double fade = Math.round(size * SCRIM_FADE);
        return new Box(0, textBox.y() - fade, size, textBox.height() + 2 * fade);
    }

    private static TextSpec titleSpec(int size) {
        return new TextSpec(TypeFace.TITLE, size * TITLE_MAX_SIZE, size * TITLE_MIN_SIZE, size * TITLE_FLOOR_SIZE,
                size * TITLE_WIDTH, size * TITLE_HEIGHT, TITLE_LINES, TITLE_LINE_HEIGHT_EM, TITLE_TRACKING_EM);
    }

    private static TextSpec creditsSpec(int size) {
        return new TextSpec(TypeFace.TEXT, size * CREDITS_MAX_SIZE, size * CREDITS_MIN_SIZE,
                size * TITLE_FLOOR_SIZE, size * TITLE_WIDTH, size * CREDITS_HEIGHT, CREDITS_LINES,
                CREDITS_LINE_HEIGHT_EM, CREDITS_TRACKING_EM);
    }
}
