package io.cinechrome.render;

import io.cinechrome.Interruption;
import io.cinechrome.files.AtomicFiles;
import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The render stage: draws every film's fingerprint poster, thumbnail, palette card, barcode and social preview
 * as SVG and PNG into {@code <site>/img/<slug>/} (names from {@link ImageFiles}), several films at once.
 * A film whose stamp shows its images are up to date is skipped; a film that fails is reported and the others
 * go on; folders of films no longer in the catalogue are removed.
 */
public final class PosterStage {

    private static final String THREAD_NAME = "cinechrome-render-";

    private final RenderSettings settings;

    /** A stage drawing with the given settings. */
    public PosterStage(RenderSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("the poster stage needs settings; use RenderSettings.defaults()");
        }
        this.settings = settings;
    }

    /**
     * Draws the images of every film into {@code siteDir/img/} and removes folders of films not listed.
     * Problems with one film are reported in the result; only problems that stop every film throw.
     *
     * @throws RenderException when the shipped fonts cannot be loaded or old folders cannot be removed
     */
    public RenderReport renderAll(List<CatalogEntry> films, Path siteDir) {
        Path imageRoot = siteDir.resolve(ImageFiles.ROOT);
        List<String> removed = removeStale(imageRoot, films);
        FilmImages images = new FilmImages(settings);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), threads());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CatalogEntry film : films) {
                boolean duplicate = !seen.add(film.slug());
                futures.add(pool.submit(() -> Interruption.requested() ? Outcome.skipped()
                        : duplicate ? duplicate(film) : render(film, siteDir, images)));
            }
            return report(films, futures, removed);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome render(CatalogEntry film, Path siteDir, FilmImages images) {
        Path folder = siteDir.resolve(ImageFiles.folder(film.slug()));
        try {
            String stamp = Stamp.of(film, settings);
            if (upToDate(siteDir, folder, stamp, images.paths(film.slug()))) {
                return Outcome.skipped();
            }
            List<FilmImages.ImageFile> drawn = images.render(film);
            // Drawn while the JVM stops, text may miss its fonts (Java closes created fonts in a shutdown hook):
            // such a film is dropped unwritten and drawn again by the next run.
            if (Interruption.requested()) {
                Interruption.dropped();
                return Outcome.skipped();
            }
            Files.createDirectories(folder);
            AtomicFiles.deleteLeftovers(folder);
            for (FilmImages.ImageFile file : drawn) {
                AtomicFiles.write(siteDir.resolve(file.path()), file.bytes());
            }
            removeUndrawn(siteDir, folder, drawn);
            Stamp.write(folder, stamp);
            return Outcome.rendered();
        } catch (IOException e) {
            return Outcome.failed(film.slug(), "cannot write " + folder + ": " + e
                    + "; check that the site folder is writable and the disk has room");
        } catch (RuntimeException e) {
            return Outcome.failed(film.slug(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static boolean upToDate(Path siteDir, Path folder, String stamp, List<String> paths) throws IOException {
        if (!Stamp.matches(folder, stamp)) {
            return false;
        }
        for (String path : paths) {
            if (!Files.isRegularFile(siteDir.resolve(path))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Deletes what an earlier run left in a film's folder and this one did not draw (e.g. thumbnails of another
     * poster style), so the site holds no file that nothing links to.
     */
    private static void removeUndrawn(Path siteDir, Path folder, List<FilmImages.ImageFile> drawn) throws IOException {
        Set<Path> kept = new HashSet<>();
        drawn.forEach(file -> kept.add(siteDir.resolve(file.path()).normalize()));
        kept.add(folder.resolve(Stamp.FILE_NAME).normalize());
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                if (!kept.contains(entry.normalize()) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(entry);
                }
            }
        }
    }

    private static Outcome duplicate(CatalogEntry film) {
        return Outcome.failed(film.slug(), "two films have the slug '" + film.slug()
                + "'; only the first was drawn; give each film its own slug in the catalogue");
    }

    private static List<String> removeStale(Path imageRoot, List<CatalogEntry> films) {
        Set<String> slugs = new LinkedHashSet<>();
        films.forEach(film -> slugs.add(film.slug()));
        try {
            return StaleFolders.remove(imageRoot, slugs);
        } catch (IOException e) {
            throw new RenderException("cannot remove old image folders in " + imageRoot + ": " + e
                    + "; check the folder's permissions or delete it by hand", e);
        }
    }

    private static RenderReport report(List<CatalogEntry> films, List<Future<Outcome>> futures, List<String> removed) {
        int rendered = 0;
        int skipped = 0;
        List<RenderReport.Failure> failures = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            Outcome outcome = await(films.get(i).slug(), futures.get(i));
            rendered += outcome.kind() == Outcome.Kind.RENDERED ? 1 : 0;
            skipped += outcome.kind() == Outcome.Kind.SKIPPED ? 1 : 0;
            if (outcome.kind() == Outcome.Kind.FAILED) {
                failures.add(outcome.failure());
            }
        }
        return new RenderReport(rendered, skipped, failures, removed);
    }

    private static Outcome await(String slug, Future<Outcome> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return Outcome.failed(slug, "drawing crashed: " + e.getCause()
                    + "; if it is an OutOfMemoryError, use fewer threads or more heap (-Xmx)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(slug, "interrupted before the film was drawn; run the build again");
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, THREAD_NAME + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What happened to one film. */
    private record Outcome(Kind kind, RenderReport.Failure failure) {

        enum Kind { RENDERED, SKIPPED, FAILED }

        static Outcome rendered() {
            return new Outcome(Kind.RENDERED, new RenderReport.Failure("", ""));
        }

        static Outcome skipped() {
            return new Outcome(Kind.SKIPPED, new RenderReport.Failure("", ""));
        }

        static Outcome failed(String slug, String message) {
            return new Outcome(Kind.FAILED, new RenderReport.Failure(slug, message));
        }
    }
}
