package io.cinechrome.analysis;

import io.cinechrome.Interruption;
import io.cinechrome.analysis.decode.VideoException;
import io.cinechrome.catalog.Catalog;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.CatalogFormatException;
import io.cinechrome.catalog.Source;
import io.cinechrome.catalog.SourceFingerprint;
import io.cinechrome.library.LibraryFilm;
import io.cinechrome.library.LibraryPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Entry class of the analysis stage: brings the catalogue up to date with the library. A film whose entry was
 * made from the same file with the same settings is skipped; one film that fails never stops the others.
 */
public final class AnalysisStage {

    private static final double NANOS = 1e9;

    private final AnalysisSettings settings;
    private final int threads;
    private final boolean force;
    private final AnalysisProgress progress;

    /**
     * @param threads  films analysed at once
     * @param force    analyse every film again, even when its entry is up to date
     */
    public AnalysisStage(AnalysisSettings settings, int threads, boolean force, AnalysisProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.settings = settings;
        this.threads = threads;
        this.force = force;
        this.progress = progress;
    }

    /** Analyses the films that need it and writes their entries. */
    public AnalysisReport run(List<LibraryFilm> films, Catalog catalog) {
        ThreadLocal<FilmAnalyzer> analyzers = ThreadLocal.withInitial(() -> new FilmAnalyzer(settings));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AnalysisProgress.Outcome>> results = new ArrayList<>();
            List<AnalysisReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
            for (LibraryFilm film : films) {
                results.add(pool.submit(() -> one(film, catalog, analyzers.get(), failures)));
            }
            int analysed = 0;
            int upToDate = 0;
            for (Future<AnalysisProgress.Outcome> result : results) {
                AnalysisProgress.Outcome outcome = await(result);
                analysed += outcome == AnalysisProgress.Outcome.ANALYSED ? 1 : 0;
                upToDate += outcome == AnalysisProgress.Outcome.UP_TO_DATE ? 1 : 0;
            }
            List<AnalysisReport.Failure> ordered = new ArrayList<>(failures);
            ordered.sort(Comparator.comparing(AnalysisReport.Failure::film));
            return new AnalysisReport(analysed, upToDate, ordered);
        } finally {
            pool.shutdownNow();
        }
    }

    private AnalysisProgress.Outcome one(LibraryFilm film, Catalog catalog, FilmAnalyzer analyzer,
            List<AnalysisReport.Failure> failures) {
        if (Interruption.requested()) {
            return AnalysisProgress.Outcome.DROPPED;
        }
        long start = System.nanoTime();
        progress.started(film);
        try {
            Optional<CatalogEntry> stored = catalog.find(film.slug());
            if (!force && stored.isPresent() && upToDate(stored.get(), film)) {
                progress.finished(film, AnalysisProgress.Outcome.UP_TO_DATE, "up to date", seconds(start));
                return AnalysisProgress.Outcome.UP_TO_DATE;
            }
            FilmAnalysis analysis = analyzer.analyze(film.videos(), (decoded, at, duration) -> {
                Interruption.check();
                progress.frames(film, decoded, at, duration);
            });
            catalog.write(entry(film, analysis, film.parts().stream()
                    .map(part -> SourceFingerprint.of(part.video(), part.relativePath())).toList()));
            progress.finished(film, AnalysisProgress.Outcome.ANALYSED,
                    analysis.framesSampled() + " frames sampled", seconds(start));
            return AnalysisProgress.Outcome.ANALYSED;
        } catch (Interruption.Stopped e) {
            Interruption.dropped();
            progress.finished(film, AnalysisProgress.Outcome.DROPPED, "interrupted", seconds(start));
            return AnalysisProgress.Outcome.DROPPED;
        } catch (CatalogFormatException e) {
            if (e.newer()) {
                return fail(film, catalog.fileOf(film.slug()) + " " + e.getMessage(), failures, start);
            }
            return fail(film, catalog.fileOf(film.slug()) + " is not a valid catalogue entry (" + e.getMessage()
                    + "); it is left untouched: fix or delete it, then run again", failures, start);
        } catch (VideoException e) {
            return fail(film, e.getMessage(), failures, start);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return fail(film, film.relativePath() + ": " + e.getMessage(), failures, start);
        } catch (RuntimeException e) {
            return fail(film, film.relativePath() + ": unexpected error " + e
                    + "; please report it with this message", failures, start);
        }
    }

    private AnalysisProgress.Outcome fail(LibraryFilm film, String message, List<AnalysisReport.Failure> failures,
            long start) {
        failures.add(new AnalysisReport.Failure(film.name().display(), message));
        progress.finished(film, AnalysisProgress.Outcome.FAILED, message, seconds(start));
        return AnalysisProgress.Outcome.FAILED;
    }

    /** An imported entry (no settings, no source) is never up to date: analysing the video replaces it. */
    private boolean upToDate(CatalogEntry stored, LibraryFilm film) {
        if (stored.imported() || !stored.settings().equals(Optional.of(settings)) || stored.parts().size() != film.parts().size()
                || !stored.collection().equals(film.collection()) || stored.kind() != film.kind()) {
            return false;
        }
        for (int i = 0; i < film.parts().size(); i++) {
            LibraryPart part = film.parts().get(i);
            if (!SourceFingerprint.unchanged(stored.parts().get(i), part.video(), part.relativePath())) {
                return false;
            }
        }
        return true;
    }

    private CatalogEntry entry(LibraryFilm film, FilmAnalysis analysis, List<Source> parts) {
        return new CatalogEntry(film.slug(), film.name().title(), film.name().year(), film.name().director(),
                analysis.durationSeconds(), analysis.blackAndWhite(), analysis.palette(), analysis.stripes(),
                Optional.of(settings), Optional.of(parts.get(0)), Optional.of(analysis.colour()), film.collection(),
                film.kind(), parts, analysis.acts(), Optional.empty(), true);
    }

    private static AnalysisProgress.Outcome await(Future<AnalysisProgress.Outcome> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis crashed: " + e.getCause(), e.getCause());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / NANOS;
    }
}
