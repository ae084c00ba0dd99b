package io.cinechrome.render.text;

import io.cinechrome.render.RenderException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits text into a box by measuring it with the registered fonts: the largest font size at which the text
 * wraps into at most the preferred number of lines (more lines only once the size reaches its minimum),
 * with lines balanced in width. Words break where Unicode allows (spaces, between CJK characters); a word
 * too wide for a line breaks between characters. Nothing is cut off: text that fits nowhere is an error.
 */
public final class TitleLayout {

    /** Each attempt shrinks the font by this factor. */
    private static final double SHRINK = 0.96;
    /** Steps of the search for the narrowest width that keeps the line count (balanced lines). */
    private static final int BALANCE_STEPS = 18;

    private final TextMeasure measure;

    /** A layout measuring with the given fonts. */
    public TitleLayout(TextMeasure measure) {
        this.measure = measure;
    }

    /** The height of a capital letter of the face, in em. */
    public double capHeightEm(TypeFace face) {
        return measure.capHeightEm(face);
    }

    /** The width in pixels of one line of text, letter spacing included. */
    public double lineWidth(String text, TypeFace face, double fontSize, double letterSpacingEm) {
        return (measure.widthEm(text, face) + letterSpacingEm * text.codePointCount(0, text.length())) * fontSize;
    }

    /** Collapses runs of white space (including line breaks) to single spaces and trims. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Lays the text out, largest size first. */
    public TextBlock fit(String text, TextSpec spec) {
        List<Piece> pieces = pieces(normalise(text), spec);
        if (pieces.isEmpty()) {
            throw new RenderException("cannot lay out empty text; give the film a title in the catalogue");
        }
        for (double size = spec.maxFontSize(); size >= spec.floorFontSize(); size *= SHRINK) {
            double lineHeight = size * spec.lineHeightEm();
            List<List<Piece>> lines = balance(pieces, spec.maxWidth() / size);
            boolean tooManyLines = lines.size() > spec.preferredLines() && size > spec.minFontSize();
            if (!tooManyLines && lines.size() * lineHeight <= spec.maxHeight()) {
                return block(lines, size, lineHeight, spec);
            }
        }
        throw new RenderException("text of " + text.length() + " characters does not fit " + Math.round(spec.maxWidth())
                + "x" + Math.round(spec.maxHeight()) + " px even at " + spec.floorFontSize()
                + " px; shorten it in the catalogue or render larger images");
    }

    private TextBlock block(List<List<Piece>> lines, double size, double lineHeight, TextSpec spec) {
        List<String> texts = new ArrayList<>();
        double widest = 0;
        for (List<Piece> line : lines) {
            StringBuilder joined = new StringBuilder();
            line.forEach(piece -> joined.append(piece.text()));
            texts.add(joined.toString().strip());
            widest = Math.max(widest, lineWidth(line));
        }
        return new TextBlock(texts, size, lineHeight, widest * size, spec.letterSpacingEm() * size);
    }

    /** Greedy wrapping at the narrowest width that needs no more lines than wrapping at the full width. */
    private static List<List<Piece>> balance(List<Piece> pieces, double maxWidthEm) {
        List<List<Piece>> best = wrap(pieces, maxWidthEm);
        // Never narrower than the widest word that fits whole: balancing must not break words apart.
        double low = Math.min(maxWidthEm, pieces.stream().mapToDouble(Piece::width).max().orElse(0));
        double high = maxWidthEm;
        for (int step = 0; step < BALANCE_STEPS; step++) {
            double mid = (low + high) / 2;
            List<List<Piece>> candidate = wrap(pieces, mid);
            if (candidate.size() <= best.size() && fits(candidate, mid)) {
                best = candidate;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }

    private static boolean fits(List<List<Piece>> lines, double widthEm) {
        return lines.stream().allMatch(line -> lineWidth(line) <= widthEm);
    }

    /** Greedy wrapping; a piece wider than a line gets a line of its own (pieces are split beforehand). */
    private static List<List<Piece>> wrap(List<Piece> pieces, double widthEm) {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        for (Piece piece : splitWide(pieces, widthEm)) {
            line.add(piece);
            if (line.size() > 1 && lineWidth(line) > widthEm) {
                line.remove(line.size() - 1);
                lines.add(line);
                line = new ArrayList<>(List.of(piece));
            }
        }
        lines.add(line);
        return lines;
    }

    private static List<Piece> splitWide(List<Piece> pieces, double widthEm) {
        List<Piece> result = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.width() > widthEm && piece.characters().size() > 1) {
                result.addAll(piece.characters());
            } else {
                result.add(piece);
            }
        }
        return result;
    }

    /** Width of a line in em: every piece with its trailing space except the last. */
    private static double lineWidth(List<Piece> line) {
        double width = 0;
        for (int i = 0; i < line.size(); i++) {
            width += i == line.size() - 1 ? line.get(i).width() : line.get(i).widthWithSpace();
        }
        return width;
    }

    private List<Piece> pieces(String text, TextSpec spec) {
        List<Piece> pieces = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            pieces.add(piece(text.substring(start, end), spec, true));
        }
        return pieces;
    }

    private Piece piece(String text, TextSpec spec, boolean splittable) {
        String content = text.stripTrailing();
        double spacing = spec.letterSpacingEm();
        double width = measure.widthEm(content, spec.face()) + spacing * content.codePointCount(0, content.length());
        double withSpace = measure.widthEm(text, spec.face()) + spacing * text.codePointCount(0, text.length());
        List<Piece> characters = splittable ? characters(text, spec) : List.of();
        return new Piece(text, width, withSpace, characters);
    }

    private List<Piece> characters(String text, TextSpec spec) {
        List<Piece> characters = new ArrayList<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE;
                start = end, end = graphemes.next()) {
            characters.add(piece(text.substring(start, end), spec, false));
        }
        return characters;
    }

    /**
     * A piece of text between two break opportunities, measured in em.
     *
     * @param text           the text, with its trailing space
     * @param width          the width without the trailing space
     * @param widthWithSpace the width with it
     * @param characters     the piece split into characters, for words wider than a line
     */
    private record Piece(String text, double width, double widthWithSpace, List<Piece> characters) {
    }
}
