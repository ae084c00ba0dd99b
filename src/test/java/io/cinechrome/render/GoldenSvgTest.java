package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.text.Fonts;
import io.cinechrome.render.text.TextMeasure;
import io.cinechrome.render.text.TitleLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SVGs of fixed entries, compared byte for byte with {@code src/test/resources/golden/render/}.
 * Run with {@code -Dcinechrome.updateGolden=true} to write them anew after an intended change, then review the diff.
 */
class GoldenSvgTest {

    private static final String UPDATE_PROPERTY = "cinechrome.updateGolden";
    private static final FilmImages IMAGES = new FilmImages(RenderSettings.defaults());

    static Stream<Arguments> documents() {
        CatalogEntry sunset = SampleFilms.sunset();
        RenderSettings settings = RenderSettings.defaults();
        TitleLayout typesetter = new TitleLayout(new TextMeasure(Fonts.get()));
        return Stream.of(
                Arguments.of("golden-hour-poster.svg", IMAGES.posterSvg(sunset, settings.posterSize())),
                Arguments.of("golden-hour-palette.svg", PaletteCardSvg.svg(sunset, settings.paletteCard(), typesetter)),
                Arguments.of("golden-hour-barcode.svg", BarcodeSvg.svg(sunset, settings.barcode())),
                Arguments.of("golden-hour-social.svg", SocialSvg.svg(sunset, typesetter)),
                Arguments.of("spirited-away-poster.svg", IMAGES.posterSvg(SampleFilms.spiritedAway(), 1080)),
                Arguments.of("hostile-poster.svg", IMAGES.posterSvg(SampleFilms.hostile(), 1080)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void svgMatchesGoldenFile(String name, String svg) throws IOException {
        Path golden = TestFiles.projectDir().resolve("src/test/resources/golden/render").resolve(name);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, svg, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), golden + " is missing; run once with -D" + UPDATE_PROPERTY + "=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), svg,
                name + " changed; if intended, run with -D" + UPDATE_PROPERTY + "=true and review the diff");
    }
}
