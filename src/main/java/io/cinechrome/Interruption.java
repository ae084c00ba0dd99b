package io.cinechrome;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stop request from outside ({@code SIGINT}, {@code SIGTERM}): the stages take no new film, abandon the films in
 * progress at their next frame, let the file being written finish (files are written whole, then renamed), and the
 * command ends with one line saying what was kept. One per process: a signal stops the whole process.
 */
public final class Interruption {

    private static final AtomicBoolean REQUESTED = new AtomicBoolean();
    private static final AtomicInteger DROPPED = new AtomicInteger();

    private Interruption() {
    }

    /** Thrown where a film's work stops because of an interruption; the film is dropped, not failed. */
    public static final class Stopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super("interrupted", null, false, false);
        }
    }

    /** Asks every stage to stop. */
    public static void request() {
        REQUESTED.set(true);
    }

    /** Whether a stop was asked for. */
    public static boolean requested() {
        return REQUESTED.get();
    }

    /**
     * Ends a film's work when a stop was asked for.
     *
     * @throws Stopped when interrupted
     */
    public static void check() {
        if (requested()) {
            throw new Stopped();
        }
    }

    /** Counts a film that was in progress and is dropped. */
    public static void dropped() {
        DROPPED.incrementAndGet();
    }

    /** How many films in progress were dropped. */
    public static int droppedCount() {
        return DROPPED.get();
    }

    /** The line a stopped command ends with. */
    public static String summary(int done, String what) {
        return "interrupted: " + done + " films " + what + ", " + droppedCount()
                + " in progress dropped; run again to continue";
    }
}
