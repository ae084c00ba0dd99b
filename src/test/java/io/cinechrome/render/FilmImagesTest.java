package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A film's drawings are the files its render writes and the paths stale-file clean-up expects. */
class FilmImagesTest {

    @Test
    void theDrawingsNameEveryPathARenderMakesInOrderForEveryPosterStyle() {
        CatalogEntry film = SampleFilms.sunset();
        for (PosterStyle style : PosterStyle.values()) {
            FilmImages images = new FilmImages(RenderSettings.defaults().withPosterStyle(style));
            List<String> drawn = new ArrayList<>();
            for (FilmImages.Drawing drawing : images.drawings(film)) {
                drawing.svgPath().ifPresent(drawn::add);
                drawn.add(drawing.pngPath());
            }
            assertEquals(images.paths(film.slug()).stream().sorted().toList(), drawn.stream().sorted().toList(),
                    style + ": the drawings and the paths a render owns");
        }
    }

    @Test
    void whenTheBrowserMakesThePrintFilesARenderWritesThePathsItOwnsAndNoPrintFile() {
        CatalogEntry film = SampleFilms.sunset();
        for (PosterStyle style : PosterStyle.values()) {
            FilmImages images = new FilmImages(RenderSettings.defaults().withPosterStyle(style)
                    .withDownloads(Downloads.BROWSER));
            List<String> written = images.render(film).stream().map(FilmImages.ImageFile::path).sorted().toList();
            assertEquals(images.paths(film.slug()).stream().sorted().toList(), written, style.id());
            assertTrue(written.contains(ImageFiles.prints(film.slug())), style.id());
            assertTrue(written.stream().noneMatch(path -> path.contains("poster.") || path.contains("poster-ring.")
                    || path.contains("palette.")), style + ": " + written);
        }
    }

    @Test
    void theSquarePosterIsAlwaysLosslessAndTheOthersFollowTheSetting() {
        CatalogEntry film = SampleFilms.sunset();
        List<FilmImages.Drawing> drawings = new FilmImages(RenderSettings.defaults()).drawings(film);
        assertEquals(ImageFiles.posterPng(film.slug()), drawings.get(0).pngPath());
        assertTrue(drawings.get(0).lossless(), "square poster: truecolour, its shading would show steps");
        assertTrue(drawings.stream().skip(1).noneMatch(FilmImages.Drawing::lossless), "indexed by default");
        assertTrue(new FilmImages(RenderSettings.defaults().withLosslessPng(true)).drawings(film).stream()
                .allMatch(FilmImages.Drawing::lossless), "--lossless-png");
    }

    @Test
    void aDrawingWithoutItsSvgOrPngPathIsRefused() {
        PixelSize size = new PixelSize(10, 10);
        assertThrows(IllegalArgumentException.class,
                () -> new FilmImages.Drawing(Optional.of("a.svg"), "a.png", " ", size, false, FilmImages.Kind.PAGE));
        assertThrows(IllegalArgumentException.class,
                () -> new FilmImages.Drawing(Optional.empty(), "", "<svg/>", size, false, FilmImages.Kind.PAGE));
    }
}
