package io.cinechrome.analysis.decode;

import java.util.Arrays;

/**
 * Decides, packet by packet in one pass through a film, which packets to decode so that every target moment
 * gets the first I or P frame at or after it, decoding as little as possible: a key frame is decoded only when a
 * target lies before the next key frame, and the packets after it only up to the first I or P frame at or after
 * the last such target (a packet whose presentation time is later than all decoded before it in its group of
 * pictures). Everything else is not decoded at all. The decoder itself leaves out the B frames nothing refers to
 * ({@link FfmpegVideo}); B frames others refer to (x264's B pyramid) are decoded, so every frame comes out exactly
 * as a full decode gives it.
 */
final class DecodePlan {

    /** Times closer than this (seconds) count as the same moment (container rounding). */
    static final double TIME_TOLERANCE = 0.001;
    /**
     * How far (seconds) a key frame's time from the index may lie from its packet's: index times are decoding
     * times shifted by a measured reorder delay of a few frames.
     */
    static final double KEY_TIME_ERROR = 0.1;

    private final double[] targets;
    private final double[] keyFrames;
    /** The first target no decoded packet has reached yet. */
    private int next;
    /** The last target before the next key frame: frames are decoded forward up to it. */
    private double goal = Double.NEGATIVE_INFINITY;
    private double decodedUpTo = Double.NEGATIVE_INFINITY;

    /**
     * @param targets   the moments to reach, ascending
     * @param keyFrames the key frames' presentation times, ascending (from the container's index)
     */
    DecodePlan(double[] targets, double[] keyFrames) {
        this.targets = targets.clone();
        this.keyFrames = keyFrames.clone();
        Arrays.sort(this.targets);
        Arrays.sort(this.keyFrames);
    }

    /** Whether every target has got its frame (all that is left is to let the decoder give out what it holds). */
    boolean done() {
        return next >= targets.length;
    }

    /**
     * Whether to decode the packet read next; called for every packet in file order.
     *
     * @param seconds the packet's presentation time (NaN when the container gives none)
     * @param key     whether it is a key frame
     */
    boolean decode(double seconds, boolean key) {
        if (done()) {
            return false;
        }
        if (key) {
            return startGroup(seconds);
        }
        if (decodedUpTo >= goal - TIME_TOLERANCE) {
            return false;
        }
        if (!Double.isNaN(seconds)) {
            reach(seconds);
        }
        return true;
    }

    private boolean startGroup(double seconds) {
        double nextKey = nextKeyAfter(seconds);
        if (targets[next] >= nextKey - TIME_TOLERANCE) {
            goal = Double.NEGATIVE_INFINITY;
            decodedUpTo = Double.NEGATIVE_INFINITY;
            return false;
        }
        int last = next;
        while (last + 1 < targets.length && targets[last + 1] < nextKey - TIME_TOLERANCE) {
            last++;
        }
        goal = targets[last];
        decodedUpTo = Double.NEGATIVE_INFINITY;
        reach(Double.isNaN(seconds) ? decodedUpTo : seconds);
        return true;
    }

    private void reach(double seconds) {
        decodedUpTo = Math.max(decodedUpTo, seconds);
        while (next < targets.length && targets[next] <= decodedUpTo + TIME_TOLERANCE) {
            next++;
        }
    }

    /** The first key frame more than {@value #KEY_TIME_ERROR} s after {@code seconds}; infinity when none is. */
    private double nextKeyAfter(double seconds) {
        int at = Arrays.binarySearch(keyFrames, seconds + KEY_TIME_ERROR);
        int index = at >= 0 ? at + 1 : -at - 1;
        return index < keyFrames.length ? keyFrames[index] : Double.POSITIVE_INFINITY;
    }
}
