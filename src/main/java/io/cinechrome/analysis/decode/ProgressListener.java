package io.cinechrome.analysis.decode;

/** Hears how far the decoding of one film has got. */
@FunctionalInterface
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = (decoded, seconds, duration) -> { };

    /**
     * Called after each decoded frame.
     *
     * @param decoded  frames decoded so far
     * @param seconds  film time reached
     * @param duration the film's length
     */
    void frames(int decoded, double seconds, double duration);
}
