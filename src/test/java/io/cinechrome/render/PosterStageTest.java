package io.cinechrome.render;

import io.cinechrome.files.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage: writes every file, skips up-to-date films, isolates failures, cleans up, writes atomically. */
class PosterStageTest {

    private static final RenderSettings SETTINGS = RenderSettings.defaults().withThreads(2);

    @TempDir
    Path site;

    @Test
    void rendersEveryFileThenSkipsUntilSomethingChanges() throws IOException {
        CatalogEntry sunset = SampleFilms.sunset();
        CatalogEntry noir = SampleFilms.noir();
        RenderReport first = new PosterStage(SETTINGS).renderAll(List.of(sunset, noir), site);
        assertEquals(new RenderReport(2, 0, List.of(), List.of()), first);
        for (CatalogEntry film : List.of(sunset, noir)) {
            List<String> paths = new FilmImages(SETTINGS).paths(film.slug());
            assertEquals(paths.stream().sorted().toList(), files(site.resolve(ImageFiles.folder(film.slug()))).stream()
                    .map(name -> ImageFiles.folder(film.slug()) + name).sorted().toList(), "every image, no other");
            for (String path : paths) {
                assertTrue(Files.size(site.resolve(path)) > 0, path);
            }
            assertFalse(paths.contains(ImageFiles.posterThumb(film.slug())), "square posters need no thumbnails");
        }
        byte[] poster = Files.readAllBytes(site.resolve(ImageFiles.posterPng(noir.slug())));

        assertEquals(2, new PosterStage(SETTINGS).renderAll(List.of(sunset, noir), site).skipped());

        CatalogEntry retitled = SampleFilms.entry(noir.slug(), "The Third Man (restored)", 1949, "Carol Reed", true,
                noir.stripes());
        RenderReport changed = new PosterStage(SETTINGS).renderAll(List.of(sunset, retitled), site);
        assertEquals(1, changed.rendered());
        assertEquals(1, changed.skipped());
        assertFalse(java.util.Arrays.equals(poster, Files.readAllBytes(site.resolve(ImageFiles.posterPng(noir.slug())))));

        assertEquals(2, new PosterStage(SETTINGS.withCredits(false)).renderAll(List.of(sunset, retitled), site)
                .rendered(), "other settings draw again");
        String ringThumb = ImageFiles.posterThumb(noir.slug());
        new PosterStage(SETTINGS.withCredits(false).withPosterStyle(PosterStyle.RING))
                .renderAll(List.of(sunset, retitled), site);
        assertTrue(Files.size(site.resolve(ringThumb)) > 0, "a featured ring has its thumbnails");
        new PosterStage(SETTINGS.withCredits(false)).renderAll(List.of(sunset, retitled), site);
        assertFalse(Files.exists(site.resolve(ringThumb)), "thumbnails nothing links to any more are gone");

        Files.delete(site.resolve(ImageFiles.barcodePng(sunset.slug())));
        assertEquals(1, new PosterStage(SETTINGS.withCredits(false)).renderAll(List.of(sunset, retitled), site)
                .rendered(), "a missing file draws the film again");
        try (Stream<Path> files = Files.walk(site)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)));
        }
    }

    @Test
    void theSocialPreviewIsDrawnOnlyWhenAPageLinksToIt() throws IOException {
        CatalogEntry noir = SampleFilms.noir();
        String png = ImageFiles.socialPng(noir.slug());
        String svg = ImageFiles.socialSvg(noir.slug());
        RenderSettings unpublished = SETTINGS.withSocialPreview(false);
        new PosterStage(SETTINGS).renderAll(List.of(noir), site);
        assertTrue(Files.size(site.resolve(png)) > 0 && Files.size(site.resolve(svg)) > 0, "published: drawn");

        assertEquals(1, new PosterStage(unpublished).renderAll(List.of(noir), site).rendered(), "a new setting");
        assertFalse(Files.exists(site.resolve(png)) || Files.exists(site.resolve(svg)), "no file nothing links to");
        assertEquals(new FilmImages(unpublished).paths(noir.slug()).stream().sorted().toList(),
                files(site.resolve(ImageFiles.folder(noir.slug()))).stream()
                        .map(name -> ImageFiles.folder(noir.slug()) + name).sorted().toList());
        assertEquals(1, new PosterStage(unpublished).renderAll(List.of(noir), site).skipped(), "up to date");

        RenderSettings inBrowser = unpublished.withDownloads(Downloads.BROWSER);
        new PosterStage(inBrowser).renderAll(List.of(noir), site);
        assertEquals(List.of("barcode.svg", "prints.json.deflate"),
                files(site.resolve(ImageFiles.folder(noir.slug()))));
        new PosterStage(inBrowser.withSocialPreview(true)).renderAll(List.of(noir), site);
        assertTrue(Files.size(site.resolve(png)) > 0, "published again: drawn again");
    }

    @Test
    void oneBadFilmDoesNotStopTheOthers() throws IOException {
        CatalogEntry noir = SampleFilms.noir();
        Files.createDirectories(site.resolve(ImageFiles.ROOT));
        // A file where the film's folder should be: that film cannot be written.
        Files.writeString(site.resolve(ImageFiles.ROOT).resolve(noir.slug()), "in the way");
        RenderReport report = new PosterStage(SETTINGS)
                .renderAll(List.of(noir, SampleFilms.sunset(), SampleFilms.sunset()), site);
        assertEquals(1, report.rendered());
        assertEquals(2, report.failed());
        assertEquals(noir.slug(), report.failures().get(0).slug());
        assertTrue(report.failures().get(0).message().contains("writable"), report.failures().get(0).message());
        assertTrue(report.failures().get(1).message().contains("two films have the slug"));
        assertTrue(Files.exists(site.resolve(ImageFiles.posterPng(SampleFilms.sunset().slug()))));
    }

    @Test
    void removesFoldersOfFilmsThatLeftButNothingElse() throws IOException {
        Path images = Files.createDirectories(site.resolve(ImageFiles.ROOT));
        Files.createDirectories(images.resolve("old-film-1990/sub"));
        Files.writeString(images.resolve("old-film-1990/sub/poster.png"), "old");
        Files.writeString(images.resolve("notes.txt"), "a file, not a film folder");
        Path outside = Files.createDirectories(site.resolve("elsewhere"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(images.resolve("linked-film-1980"), outside);

        RenderReport report = new PosterStage(SETTINGS).renderAll(List.of(SampleFilms.noir()), site);

        assertEquals(List.of("linked-film-1980", "old-film-1990"), report.removedFolders());
        assertFalse(Files.exists(images.resolve("old-film-1990")));
        assertFalse(Files.exists(images.resolve("linked-film-1980"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(outside.resolve("keep.txt")), "a link's target is never touched");
        assertTrue(Files.exists(images.resolve("notes.txt")));
        assertTrue(Files.exists(site.resolve(ImageFiles.posterSvg(SampleFilms.noir().slug()))));
    }

    @Test
    void atomicWriteReplacesAndLeavesNoTemporaryFiles() throws IOException {
        Path target = site.resolve("poster.png");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        AtomicFiles.write(target, new byte[] {4, 5});
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(target));
        Path leftover = Files.createTempFile(site, ".poster.png", AtomicFiles.TEMP_SUFFIX);
        AtomicFiles.deleteLeftovers(site);
        assertFalse(Files.exists(leftover));
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    /** The regular files in a folder, by name, without the stamp. */
    private static List<String> files(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".stamp")).sorted().toList();
        }
    }
}
