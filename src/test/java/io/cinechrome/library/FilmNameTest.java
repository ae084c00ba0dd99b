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
        "Sour Grapes (Larry David, 1998)|Sour Grapes|1998|Larry David",
        "Heat [1995]|Heat|1995|",
        "Heat - 1995|Heat|1995|",
        "Heat (1995) [1080p]|Heat|1995|",
        "Heat (1995, Michael Mann) [Criterion] [Blu-ray]|Heat|1995|Michael Mann",
        "Die Hard 2 - 1990|Die Hard 2|1990|",
        "Shijie (The World) (2004, Jia Zhangke)|Shijie (The World)|2004|Jia Zhangke",
    })
    void parsesTheLibraryConvention(String name, String title, int year, String director) {
        FilmName parsed = FilmName.parse(name).orElseThrow();
        assertEquals(title, parsed.title());
        assertEquals(OptionalInt.of(year), parsed.year());
        assertEquals(Optional.ofNullable(director), parsed.director());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Heat", "Heat 1995", "Heat (95)", "Shijie (The World)", "(1995, Michael Mann)", "Heat (1995", "Heat (0042)",
        "Heat (1995) extended", "Heat (abcd, Mann)",
    })
    void rejectsNamesOutsideTheConvention(String name) {
        assertTrue(FilmName.parse(name).isEmpty(), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dead.Man.1995.1080p.BluRay.x264-GROUP|Dead Man|1995",
        "Pacific.Rim.2013.1080p.BluRay.x264.YIFY|Pacific Rim|2013",
        "2001.A.Space.Odyssey.1968.2160p.UHD.BluRay.x265.10bit.HDR.DTS-HD.MA.5.1-SWTYBLZ|2001 A Space Odyssey|1968",
        "1917.2019.720p.WEB-DL.AAC2.0.H264|1917|2019",
        "Blade.Runner.2049.2017.1080p.WEBRip.x264-RARBG|Blade Runner 2049|2017",
        "The_French_Connection_1971_DVDRip_XviD|The French Connection|1971",
        "Amores.Perros.2000.MULTi.1080p.BluRay.x264-LOST|Amores Perros|2000",
        "Charlottes.Web.2006.720p.BluRay|Charlottes Web|2006",
        "Ghostbusters 2 (1989)|Ghostbusters 2|1989",
        "Heat 1995 1080p BluRay|Heat|1995",
    })
    void readsSceneReleaseFileNames(String name, String title, int year) {
        FilmName parsed = FilmName.parseFileName(name).orElseThrow();
        assertEquals(title, parsed.title());
        assertEquals(OptionalInt.of(year), parsed.year());
        assertTrue(parsed.director().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ghostbusters 2|Ghostbusters 2",
        "Ghostbusters.2.DVDRip.XviD-GRP|Ghostbusters 2",
        "Shijie (The World)|Shijie (The World)",
        "some_home_movie|some home movie",
    })
    void namesWithoutAYearBecomeTitles(String name, String title) {
        assertTrue(FilmName.parseFileName(name).isEmpty(), name);
        FilmName guessed = FilmName.guess(name);
        assertEquals(title, guessed.title());
        assertTrue(guessed.year().isEmpty());
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
