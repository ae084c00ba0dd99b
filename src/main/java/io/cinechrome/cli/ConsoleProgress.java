package io.cinechrome.cli;

import io.cinechrome.analysis.AnalysisProgress;
import io.cinechrome.library.LibraryFilm;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows analysis progress: on a terminal, one line redrawn in place with a bar, frames, elapsed time and ETA;
 * otherwise (CI, a log file) one plain line per film.
 */
final class ConsoleProgress implements AnalysisProgress {

    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int TITLE_WIDTH = 36;
    private static final double NANOS = 1e9;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final long start = System.nanoTime();
    private final ConcurrentHashMap<String, Long> filmStarts = new ConcurrentHashMap<>();
    private long lastDraw;

    ConsoleProgress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    @Override
    public void started(LibraryFilm film) {
        filmStarts.put(film.slug(), System.nanoTime());
    }

    @Override
    public synchronized void frames(LibraryFilm film, int decoded, double seconds, double duration) {
        long now = System.nanoTime();
        if (!terminal || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double fraction = duration > 0 ? Math.min(1, seconds / duration) : 0;
        double elapsed = (now - filmStarts.getOrDefault(film.slug(), start)) / NANOS;
        String eta = fraction > 0 ? clock(elapsed / fraction - elapsed) : "?";
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        out.printf(Locale.ROOT, "\r[%d/%d] %-" + TITLE_WIDTH + "s [%s] %3.0f%% %d frames, %s elapsed, ETA %s",
                done.get() + 1, total, shorten(film.name().title()), bar, fraction * 100, decoded, clock(elapsed),
                eta);
        out.flush();
    }

    @Override
    public synchronized void finished(LibraryFilm film, Outcome outcome, String detail, double seconds) {
        filmStarts.remove(film.slug());
        int count = done.incrementAndGet();
        double elapsed = (System.nanoTime() - start) / NANOS;
        String eta = count < total ? ", ETA " + clock(elapsed / count * (total - count)) : "";
        String what = switch (outcome) {
            case ANALYSED -> String.format(Locale.ROOT, "analysed in %.1fs (%s)", seconds, detail);
            case UP_TO_DATE -> "up to date";
            case FAILED -> "FAILED: " + detail;
            case DROPPED -> "dropped (" + detail + ")";
        };
        out.printf(Locale.ROOT, "%s[%d/%d] %s: %s%s%n", terminal ? "\r\u001b[2K" : "", count, total,
                film.name().display(), what, eta);
        out.flush();
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
