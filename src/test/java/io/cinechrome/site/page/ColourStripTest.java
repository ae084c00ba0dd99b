package io.cinechrome.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColourStripTest {

    @Test
    void eachColourEndsWhereTheSharesSoFarEndOfTheStripsTotal() {
        List<SwatchView> colours = List.of(swatch("#aa0000", "30.00%"), swatch("#00bb00", "15.00%"),
                swatch("#0000cc", "5.00%"));
        assertEquals("--strip:#aa0000 60%,#00bb00 0 90%,#0000cc 0",
                ColourStrip.style(colours));
    }

    @Test
    void edgesAreGivenToATenthOfAPercent() {
        List<SwatchView> colours = List.of(swatch("#aa0000", "22.85%"), swatch("#00bb00", "16.10%"),
                swatch("#0000cc", "14.62%"));
        // 22.85 / 53.57 = 42.65...%, 38.95 / 53.57 = 72.70...%
        assertEquals("--strip:#aa0000 42.7%,#00bb00 0 72.7%,#0000cc 0",
                ColourStrip.style(colours));
    }

    @Test
    void oneColourIsAPlainBackgroundAndNoneIsNoStyle() {
        assertEquals("background:#aa0000", ColourStrip.style(List.of(swatch("#aa0000", "100.00%"))));
        assertEquals("", ColourStrip.style(List.of()));
    }

    @Test
    void coloursWithoutSharesShareTheStripEqually() {
        List<SwatchView> colours = List.of(swatch("#aa0000", "0.00%"), swatch("#00bb00", "0.00%"),
                swatch("#0000cc", "0.00%"));
        assertEquals("--strip:#aa0000 33.3%,#00bb00 0 66.7%,#0000cc 0",
                ColourStrip.style(colours));
    }

    @Test
    void equalStripsIgnoreTheShares() {
        List<SwatchView> colours = List.of(swatch("#aa0000", "70.00%"), swatch("#00bb00", "20.00%"),
                swatch("#0000cc", "10.00%"), swatch("#dddddd", "0.50%"));
        assertEquals("--strip:#aa0000 25%,#00bb00 0 50%,#0000cc 0 75%,#dddddd 0", ColourStrip.equal(colours));
    }

    private static SwatchView swatch(String hex, String width) {
        return new SwatchView(hex, "1, 2, 3", "", "red", width);
    }
}
