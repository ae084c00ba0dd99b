package io.cinechrome.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.render.RenderException;
import org.junit.jupiter.api.Test;

class TitleLayoutTest {

    private static final TitleLayout LAYOUT = new TitleLayout(new TextMeasure(Fonts.get()));
    private static final TextSpec SPEC = new TextSpec(TypeFace.TITLE, 100, 40, 4, 800, 600, 3, 1.14, 0.02);

    @Test
    void shortTitleKeepsTheLargestSizeOnOneLine() {
        TextBlock block = LAYOUT.fit("Heat", SPEC);
        assertEquals(100, block.fontSize(), 1e-9);
        assertEquals(java.util.List.of("Heat"), block.lines());
    }

    @Test
    void longTitleWrapsIntoBalancedLinesThatFit() {
        String title = "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb";
        TextBlock block = LAYOUT.fit(title, SPEC);
        assertTrue(block.lines().size() <= 3, block.lines().toString());
        assertTrue(block.width() <= SPEC.maxWidth(), "width " + block.width());
        assertEquals(title, String.join(" ", block.lines()), "nothing is lost");
    }

    @Test
    void veryLongTitleShrinksAndTakesMoreLinesButLosesNothing() {
        String title = ("A Very Long Title That Goes On ").repeat(20).strip();
        TextBlock block = LAYOUT.fit(title, SPEC);
        assertTrue(block.fontSize() < SPEC.minFontSize() + 1e-9);
        assertTrue(block.height() <= SPEC.maxHeight());
        assertEquals(title, String.join(" ", block.lines()));
    }

    @Test
    void wordWiderThanTheLineBreaksBetweenCharacters() {
        String word = "Supercalifragilisticexpialidocious".repeat(3);
        TextBlock block = LAYOUT.fit(word, SPEC);
        assertTrue(block.width() <= SPEC.maxWidth(), "width " + block.width());
        assertEquals(word, String.join("", block.lines()));
    }

    @Test
    void cjkBreaksBetweenCharactersWithoutSpaces() {
        String title = "千と千尋の神隠し".repeat(4);
        TextBlock block = LAYOUT.fit(title, SPEC);
        assertTrue(block.lines().size() > 1);
        assertTrue(block.width() <= SPEC.maxWidth());
        assertEquals(title, String.join("", block.lines()));
    }

    @Test
    void whitespaceIsCollapsed() {
        assertEquals(java.util.List.of("La Haine"), LAYOUT.fit("  La \n\t Haine ", SPEC).lines());
    }

    @Test
    void textThatFitsNowhereIsAnErrorNamingTheFix() {
        TextSpec tiny = new TextSpec(TypeFace.TITLE, 10, 10, 10, 50, 12, 1, 1.14, 0);
        RenderException error = assertThrows(RenderException.class, () -> LAYOUT.fit("Once Upon a Time", tiny));
        assertTrue(error.getMessage().contains("shorten it"), error.getMessage());
    }
}
