package io.cinechrome.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilmNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Heat (1995, Michael Mann)|Heat|1995|Michael Mann",
        "Heat (1995)|Heat|1995|",
        "Amélie (2001, Jean-Pierre Jeunet)|Amélie|2001|Jean-Pierre Jeunet",
        "千と千尋の神隠し (2001, 宮崎駿)|千と千尋の神隠し|2001|宮崎駿",
        "Crouching Tiger, Hidden Dragon (2000, Ang Lee)|Crouching Tiger, Hidden Dragon|2000|Ang Lee",
        "Birdman or (The Unexpected Virtue of Ignorance) (2014, Alejandro G. Iñárritu)"
                + "|Birdman or (The Unexpected Virtue of Ignorance)|2014|Alejandro G. Iñárritu",
        "No Country for Old Men (2007, Joel Coen, Ethan Coen)|No Country for Old Men|2007|Joel Coen, Ethan Coen",
        "\"Lola rennt\" (1998, Tom Tykwer)|\"Lola rennt\"|1998|Tom Tykwer",
        "  2001: A Space Odyssey   (1968,  Stanley Kubrick )  |2001: A Space Odyssey|1968|Stanley Kubrick",
        "1917 (2019, Sam Mendes)|1917|2019|Sam Mendes",
        "Blank Director (1999, )|Blank Director|1999|",
    })
    void parsesTheLibraryConvention(String name, String title, int year, String director) {
        FilmName parsed = FilmName.parse(name).orElseThrow();
        assertEquals(title, parsed.title());
        assertEquals(OptionalInt.of(year), parsed.year());
        assertEquals(Optional.ofNullable(director), parsed.director());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Heat", "Heat 1995", "Heat (95)", "Heat [1995]", "(1995, Michael Mann)", "Heat (1995", "Heat (0042)",
        "Heat (1995) extended", "Heat (abcd, Mann)",
    })
    void rejectsNamesOutsideTheConvention(String name) {
        assertTrue(FilmName.parse(name).isEmpty(), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Heat|1995|heat-1995",
        "Amélie|2001|amelie-2001",
        "<Tom & \"Jerry\">|1940|tom-and-jerry-1940",
        "L'Avventura|1960|lavventura-1960",
        "Ærø: Straße|1999|aero-strasse-1999",
    })
    void slugsAreUrlSafeAsciiWords(String title, int year, String slug) {
        assertEquals(slug, Slugs.of(new FilmName(title, OptionalInt.of(year), Optional.empty())));
    }

    @org.junit.jupiter.api.Test
    void titlesWithoutLatinLettersGetAStableHashedSlug() {
        FilmName spirited = FilmName.parse("千と千尋の神隠し (2001, 宮崎駿)").orElseThrow();
        String slug = Slugs.of(spirited);
        assertTrue(slug.matches("film-[0-9a-f]{8}-2001"), slug);
        assertEquals(slug, Slugs.of(FilmName.parse("千と千尋の神隠し (2001)").orElseThrow()));
    }
}
