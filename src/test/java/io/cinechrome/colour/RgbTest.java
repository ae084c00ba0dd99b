package io.cinechrome.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RgbTest {

    @Test
    void parsesHexWithOrWithoutHashInEitherCase() {
        assertEquals(new Rgb(0x1e, 0x90, 0xff), Rgb.parse("#1e90ff"));
        assertEquals(new Rgb(0x1e, 0x90, 0xff), Rgb.parse("1E90FF"));
        assertEquals(new Rgb(0, 0, 0), Rgb.parse("#000000"));
        assertEquals(new Rgb(255, 255, 255), Rgb.parse("#FfFfFf"));
    }

    @Test
    void hexRoundTripsEveryChannelValue() {
        for (int v = 0; v <= 255; v++) {
            Rgb colour = new Rgb(v, 255 - v, v / 2);
            assertEquals(colour, Rgb.parse(colour.hex()));
        }
        assertEquals("#0a0b0c", new Rgb(10, 11, 12).hex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "#12345", "#1234567", "#12345g", "##12345", "+12345", "#12 345",
        "#١٢٣٤٥٦", "#１２３４５６", "0x1234"})
    void rejectsWhatIsNotSixHexDigits(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rgb.parse(text));
        assertTrue(e.getMessage().contains("expected #rrggbb"), e.getMessage());
    }
}
