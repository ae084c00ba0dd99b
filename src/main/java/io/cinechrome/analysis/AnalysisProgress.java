package io.cinechrome.analysis;

import io.cinechrome.library.LibraryFilm;

/** Hears how the analysis of a library goes, film by film and frame by frame. Called from worker threads. */
public interface AnalysisProgress {

    /** What became of one film (DROPPED: an interruption stopped its work; nothing was written). */
    enum Outcome { ANALYSED, UP_TO_DATE, FAILED, DROPPED }

    /** A film's work starts. */
    void started(LibraryFilm film);

    /** Frames were decoded. */
    void frames(LibraryFilm film, int decoded, double seconds, double duration);

    /**
     * A film is done.
     *
     * @param detail  a short note for the user (frames sampled, or what failed and how to fix it)
     * @param seconds wall time spent on it
     */
    void finished(LibraryFilm film, Outcome outcome, String detail, double seconds);
}
