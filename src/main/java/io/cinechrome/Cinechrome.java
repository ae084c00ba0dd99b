package io.cinechrome;

import io.cinechrome.analysis.AnalysisProgress;
import io.cinechrome.analysis.AnalysisReport;
import io.cinechrome.analysis.AnalysisStage;
import io.cinechrome.catalog.Catalog;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.CatalogProblem;
import io.cinechrome.demo.DemoLibrary;
import io.cinechrome.files.SiteLock;
import io.cinechrome.importer.ImportReport;
import io.cinechrome.importer.Importer;
import io.cinechrome.library.LibraryFilm;
import io.cinechrome.library.LibraryScan;
import io.cinechrome.library.LibraryScanner;
import io.cinechrome.library.Notice;
import io.cinechrome.library.ScanJson;
import io.cinechrome.library.ScanText;
import io.cinechrome.render.PosterStage;
import io.cinechrome.render.RenderReport;
import io.cinechrome.render.text.PosterText;
import io.cinechrome.site.SiteReport;
import io.cinechrome.site.SiteStage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The whole pipeline: library → analysis → catalogue → posters → pages. Each public method is one command and
 * reads top-down; the stages do the work. Returns exit codes: 0 ok, 1 when anything failed.
 */
public final class Cinechrome {

    /** Exit code when everything worked. */
    public static final int OK = 0;
    /** Exit code when any film or file failed. */
    public static final int FAILED = 1;

    private final Request request;
    private final PrintStream out;
    private final IntFunction<AnalysisProgress> progress;

    /**
     * @param progress makes the progress display for a number of films
     */
    public Cinechrome(Request request, PrintStream out, IntFunction<AnalysisProgress> progress) {
        this.request = request;
        this.out = out;
        this.progress = progress;
    }

    /**
     * {@code build}: analyses what is new or changed, then renders posters and pages of the library's films.
     * Without a library it builds the demo gallery from generated clips.
     */
    public int build() {
        LibraryScan library = scan(request.library().orElseGet(this::demoLibrary));
        if (library.films().isEmpty()) {
            out.println("The library has no films (is the disk mounted?): the catalogue and the site are left as"
                    + " they are");
            return FAILED;
        }
        try (SiteLock lock = lockSite()) {
            AnalysisReport analysis = analyse(library);
            if (Interruption.requested()) {
                return interrupted(analysis.analysed(), "analysed");
            }
            boolean pruned = request.only().isPresent() || prune(library);
            List<CatalogEntry> films = catalogued(library);
            if (films.isEmpty()) {
                throw new IllegalStateException(noEntries());
            }
            RenderReport posters = renderSite(films);
            if (Interruption.requested()) {
                return interrupted(posters.rendered(), "drawn");
            }
            return analysis.failures().isEmpty() && pruned && posters.ok() ? OK : FAILED;
        }
    }

    /**
     * {@code render}: posters and pages from the catalogue alone, no videos needed. A missing catalogue folder, or
     * one without a readable entry (a typo in --catalog), leaves the site as it is.
     */
    public int render() {
        if (!Files.isDirectory(request.catalog())) {
            throw new IllegalStateException("the catalogue folder " + request.catalog() + " does not exist: check"
                    + " --catalog (a typo?) or run analyze first to create it; the site was not changed");
        }
        Catalog.Contents catalogue = catalogue();
        if (catalogue.entries().isEmpty()) {
            throw new IllegalStateException(noEntries());
        }
        try (SiteLock lock = lockSite()) {
            RenderReport posters = renderSite(catalogue.entries());
            if (Interruption.requested()) {
                return interrupted(posters.rendered(), "drawn");
            }
            return posters.ok() && catalogue.problems().isEmpty() ? OK : FAILED;
        }
    }

    /**
     * {@code analyze}: brings the catalogue up to date with the library, or with this process's share of it
     * ({@code --shard I/N}): shards write disjoint catalogue files, each atomically, so N processes can share one
     * catalogue folder.
     */
    public int analyze() {
        LibraryScan library = scan(request.library().orElseThrow(
                () -> new IllegalArgumentException("no library given; pass --library DIR")));
        AnalysisReport report = analyse(library);
        if (Interruption.requested()) {
            return interrupted(report.analysed(), "analysed");
        }
        boolean pruned = !request.prune() || prune(library);
        return report.failures().isEmpty() && pruned ? OK : FAILED;
    }

    /** {@code scan}: what the library holds, without decoding anything; as text or as one JSON document. */
    public int scanLibrary(boolean json) {
        Path folder = request.library().orElseThrow(
                () -> new IllegalArgumentException("no library given; pass --library DIR"));
        LibraryScan library = new LibraryScanner().scan(folder);
        out.print(json ? ScanJson.write(library) : ScanText.write(folder.toString(), library));
        out.flush();
        return OK;
    }

    /**
     * {@code import}: catalogue entries from palettes other tools computed (the movies-palettes notebook's
     * movies.db or movies_palettes.json, colour-fingerprint CSVs), without touching a video.
     */
    public int importFiles() {
        ImportReport report = new Importer(request.analysis(), request.force())
                .run(request.from(), new Catalog(request.catalog()));
        out.printf(Locale.ROOT, "Import into %s: %d imported, %d unchanged, %d without a palette, %d kept,"
                + " %d failed%n", request.catalog(), report.imported().size(), report.unchanged().size(),
                report.withoutPalette().size(), report.kept().size(), report.failures().size());
        report.imported().forEach(line -> out.println("  imported " + line));
        report.withoutPalette().forEach(line -> out.println("  not imported " + line));
        report.kept().forEach(line -> out.println("  kept " + line));
        report.failures().forEach(line -> out.println("  FAILED " + line));
        return report.ok() ? OK : FAILED;
    }

    private LibraryScan scan(Path folder) {
        LibraryScan library = new LibraryScanner().scan(folder);
        out.printf(Locale.ROOT, "Library %s: %d films%n", folder, library.films().size());
        for (Notice notice : library.notices()) {
            out.println("  " + notice);
        }
        return library;
    }

    private AnalysisReport analyse(LibraryScan library) {
        List<LibraryFilm> films = selected(library.films());
        AnalysisStage stage = new AnalysisStage(request.analysis(), request.threads(), request.force(),
                progress.apply(films.size()));
        Catalog catalog = new Catalog(request.catalog());
        catalog.deleteLeftovers();
        AnalysisReport report = stage.run(films, catalog);
        if (Interruption.requested()) {
            return report;
        }
        out.printf(Locale.ROOT, "Analysis: %d analysed, %d up to date, %d failed%n", report.analysed(),
                report.upToDate(), report.failures().size());
        for (AnalysisReport.Failure failure : report.failures()) {
            out.println("  FAILED " + failure.film() + ": " + failure.message());
        }
        return report;
    }

    private Path demoLibrary() {
        out.println("No library configured: building the demo gallery from generated clips in " + request.demoDir()
                + ". Set library= in cinechrome.properties or pass --library DIR (mvn: -Dcinechrome.library=DIR).");
        try {
            return DemoLibrary.generate(request.demoDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the demo library in " + request.demoDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The catalogue's readable entries and the files it cannot use, which are reported. */
    private Catalog.Contents catalogue() {
        Catalog.Contents contents = new Catalog(request.catalog()).load();
        out.printf(Locale.ROOT, "Catalogue %s: %d films%n", request.catalog(), contents.entries().size());
        for (CatalogProblem problem : contents.problems()) {
            out.println("  skipped " + problem);
        }
        return contents;
    }

    /**
     * The catalogue entries of the films in the library (films that left it leave the site too), and the entries
     * imported from other tools, which never were in the library.
     */
    private List<CatalogEntry> catalogued(LibraryScan library) {
        Set<String> present = library.films().stream().map(LibraryFilm::slug).collect(Collectors.toSet());
        return catalogue().entries().stream()
                .filter(entry -> present.contains(entry.slug()) || entry.imported()).toList();
    }

    /** One writer per site: waits for another run writing the same site, up to --wait. */
    private SiteLock lockSite() {
        return SiteLock.acquire(request.site(), request.lockWait(), out::println);
    }

    private String noEntries() {
        return "the catalogue folder " + request.catalog() + " holds no readable entry: run analyze to fill it, or"
                + " check --catalog (a typo?); the site was not changed";
    }

    /** Ends a command stopped by SIGINT or SIGTERM with one line saying what was kept. */
    private int interrupted(int done, String what) {
        out.println(Interruption.summary(done, what));
        return FAILED;
    }

    /**
     * Draws the posters and writes the pages at once: pages only link to the images, never read them. On a re-run
     * the pages are most of the work, on a first run the posters; either way the other is done meanwhile. A stop
     * request ends both; the caller says what was kept.
     */
    private RenderReport renderSite(List<CatalogEntry> films) {
        FutureTask<RenderReport> drawing = new FutureTask<>(
                () -> new PosterStage(request.render()).renderAll(films, request.site()));
        new Thread(drawing, "cinechrome-posters").start();
        Optional<SiteReport> pages;
        try {
            pages = writePages(films);
        } catch (RuntimeException | Error e) {
            try {
                finish(drawing);
            } catch (RuntimeException | Error alsoPosters) {
                e.addSuppressed(alsoPosters);
            }
            throw e;
        }
        RenderReport posters = finish(drawing);
        reportPosters(films, posters);
        pages.ifPresent(report -> out.println("Pages: " + report.summary()));
        request.render().downloads().advice(films.size()).ifPresent(out::println);
        return posters;
    }

    /** The pages, or nothing when a stop request ended them half-way. */
    private Optional<SiteReport> writePages(List<CatalogEntry> films) {
        try {
            return Optional.of(new SiteStage(request.pages()).generate(films, request.site()));
        } catch (Interruption.Stopped e) {
            return Optional.empty();
        }
    }

    /** Waits for the posters: a problem that stopped every film is thrown as it was. */
    private static RenderReport finish(FutureTask<RenderReport> drawing) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return drawing.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("drawing the posters failed: " + e.getCause(), e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void reportPosters(List<CatalogEntry> films, RenderReport report) {
        PosterText.notices(films).forEach(out::println);
        out.printf(Locale.ROOT, "Posters: %d rendered, %d up to date, %d failed%n", report.rendered(),
                report.skipped(), report.failed());
        for (RenderReport.Failure failure : report.failures()) {
            out.println("  FAILED " + failure.slug() + ": " + failure.message());
        }
    }

    private List<LibraryFilm> selected(List<LibraryFilm> all) {
        List<LibraryFilm> films = all.stream().filter(f -> request.shard().owns(f.slug())).toList();
        if (request.shard().count() > 1) {
            out.printf(Locale.ROOT, "Shard %s: %d of the %d films%n", request.shard(), films.size(), all.size());
        }
        if (request.only().isEmpty()) {
            return films;
        }
        String only = request.only().get();
        List<LibraryFilm> matches = films.stream().filter(f -> f.name().title().equalsIgnoreCase(only)
                || f.slug().equals(only) || f.name().display().equalsIgnoreCase(only)
                || f.relativePath().startsWith(only + "/") || f.relativePath().equals(only)).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no film matches --only '" + only + "'; give a title, a slug"
                    + " (e.g. heat-1995) or a folder name of the library");
        }
        return matches;
    }

    /**
     * Removes catalogue entries whose film left the library; refuses on an empty library (unmounted disk?).
     * Imported entries stay: they never came from the library.
     */
    private boolean prune(LibraryScan library) {
        Catalog catalog = new Catalog(request.catalog());
        Set<String> present = library.films().stream().map(LibraryFilm::slug).collect(Collectors.toSet());
        List<CatalogEntry> gone = catalog.load().entries().stream()
                .filter(e -> !present.contains(e.slug()) && !e.imported())
                .filter(e -> request.shard().owns(e.slug())).toList();
        if (gone.isEmpty()) {
            return true;
        }
        if (library.films().isEmpty()) {
            out.println("Not pruning: the library has no films at all (is the disk mounted?); "
                    + gone.size() + " catalogue entries kept");
            return false;
        }
        for (CatalogEntry entry : gone) {
            try {
                catalog.remove(entry.slug());
                out.println("  removed " + entry.slug() + " from the catalogue (no longer in the library)");
            } catch (IOException e) {
                out.println("  cannot remove " + catalog.fileOf(entry.slug()) + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }
}
