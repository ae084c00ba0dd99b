package io.cinechrome.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Picks frames evenly across a film: the film is cut into equal time slots, {@value #SLOTS_PER_STRIPE} per
 * stripe, and the first decoded frame of each slot is kept. {@link Sampling#EXACT} decodes every frame.
 * {@link Sampling#FAST} decodes only what it needs to put at least one frame inside every stripe's time slice:
 * in a container with an index (MP4/MOV, Matroska/WebM) it takes the key frame of each slot that has one and,
 * for a slot without, decodes forward from the nearest key frame before it to its first frame, skipping B
 * frames (which no other frame needs). Where stripes are short next to the distance between
 * key frames it keeps decoding forward instead of seeking back. A container without an index is read from
 * start to end with B frames skipped.
 */
final class FrameSampler {

    /** Slots per stripe: several frames are combined into each stripe. */
    static final int SLOTS_PER_STRIPE = 3;
    /**
     * How many frames read forward are worth one decoded after a seek: a seek also flushes the decoder and decodes
     * the key frame it lands on, so reading forward is chosen when it decodes no more frames than seeking would.
     * Only kept frames are converted to RGB either way.
     */
    static final double FORWARD_COST = 1.0;
    /** Frame times within this many seconds of a target count as reaching it (container rounding). */
    static final double TIME_TOLERANCE = 0.001;

    private final ProgressListener progress;

    FrameSampler(ProgressListener progress) {
        this.progress = progress;
    }

    /** The sampled frames in time order, the film's duration and how its colours were read. */
    record Samples(List<DecodedFrame> frames, double durationSeconds, boolean keyFramesOnly, VideoColour colour) {
    }

    Samples sample(Path file, Sampling sampling, int stripes) throws VideoException {
        int slots = stripes * SLOTS_PER_STRIPE;
        if (sampling == Sampling.FAST) {
            return readFast(file, stripes);
        }
        return read(file, false, slots);
    }

    private Samples read(Path file, boolean keyFramesOnly, int slots) throws VideoException {
        try (FfmpegVideo video = FfmpegVideo.open(file, keyFramesOnly)) {
            Slots kept = new Slots(slots, duration(file, video));
            readThrough(video, kept);
            return samples(file, video, kept, keyFramesOnly);
        }
    }

    private Samples readFast(Path file, int stripes) throws VideoException {
        try (FfmpegVideo video = FfmpegVideo.openReferenceFrames(file)) {
            double duration = duration(file, video);
            Slots kept = new Slots(stripes * SLOTS_PER_STRIPE, duration);
            double[] keyFrames = video.keyFrameTimes();
            if (keyFrames.length == 0) {
                readThrough(video, kept);
            } else {
                visit(video, kept, keyFrames, targets(keyFrames, stripes, duration));
            }
            return samples(file, video, kept, true);
        }
    }

    private static double duration(Path file, FfmpegVideo video) throws VideoException {
        double duration = video.durationSeconds();
        if (!(duration > 0)) {
            throw new VideoException(file, "the container does not say how long the film is;"
                    + " remux it into mkv or mp4 (e.g. with mkvmerge or ffmpeg -c copy) and try again");
        }
        return duration;
    }

    private static Samples samples(Path file, FfmpegVideo video, Slots kept, boolean fast) throws VideoException {
        List<DecodedFrame> frames = kept.frames();
        if (frames.isEmpty()) {
            throw new VideoException(file, "no frame could be decoded; the file is corrupt or truncated,"
                    + " try re-downloading or remuxing it");
        }
        double frameTime = video.frameRate() > 0 ? 1 / video.frameRate() : 0;
        return new Samples(frames, Math.max(kept.duration, kept.last() + frameTime), fast,
                video.colour().orElseThrow());
    }

    /**
     * The moments to decode, ascending, one per slot: the first key frame in the slot when it has one, else the
     * slot's start (the first reference frame at or after it, as exact sampling would keep).
     */
    static double[] targets(double[] keyFrames, int stripes, double duration) {
        int slots = stripes * SLOTS_PER_STRIPE;
        double[] targets = new double[slots];
        int key = 0;
        for (int slot = 0; slot < slots; slot++) {
            double start = slot * duration / slots;
            while (key < keyFrames.length && keyFrames[key] < start) {
                key++;
            }
            boolean keyInSlot = key < keyFrames.length && keyFrames[key] < (slot + 1.0) * duration / slots;
            targets[slot] = keyInSlot ? keyFrames[key] : start;
        }
        return targets;
    }

    /** Decodes a frame at or just after each target, seeking or reading forward, whichever decodes less. */
    private void visit(FfmpegVideo video, Slots kept, double[] keyFrames, double[] targets) throws VideoException {
        boolean positioned = false;
        for (double target : targets) {
            if (positioned && kept.last() >= target) {
                continue;
            }
            double keyBefore = keyBefore(keyFrames, target);
            if (!positioned || FORWARD_COST * (target - kept.last()) > target - keyBefore) {
                video.seek(target);
                positioned = true;
            }
            if (!readUpTo(video, kept, target)) {
                return;
            }
        }
    }

    /** Decodes and offers frames until one at or after {@code target}; false at the end of the film. */
    private boolean readUpTo(FfmpegVideo video, Slots kept, double target) throws VideoException {
        for (OptionalDouble next = video.advance(); next.isPresent(); next = video.advance()) {
            kept.offer(video, next.getAsDouble());
            if (next.getAsDouble() >= target - TIME_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static double keyBefore(double[] keyFrames, double time) {
        int at = Arrays.binarySearch(keyFrames, time);
        int index = at >= 0 ? at : -at - 2;
        return index >= 0 ? keyFrames[index] : 0;
    }

    private void readThrough(FfmpegVideo video, Slots kept) throws VideoException {
        for (OptionalDouble next = video.advance(); next.isPresent(); next = video.advance()) {
            kept.offer(video, next.getAsDouble());
        }
    }

    /** The slots of one film and the first frame decoded in each. */
    private final class Slots {

        private final DecodedFrame[] kept;
        final double duration;
        private int decoded;
        private double last;

        Slots(int count, double duration) {
            this.kept = new DecodedFrame[count];
            this.duration = duration;
        }

        double last() {
            return last;
        }

        /**
         * Keeps the frame the video just decoded, at {@code seconds}, when its slot is still empty: only kept
         * frames are scaled and converted to RGB.
         */
        void offer(FfmpegVideo video, double seconds) throws VideoException {
            decoded++;
            last = Math.max(last, seconds);
            int slot = (int) Math.min(kept.length - 1, Math.floor(seconds / duration * kept.length));
            if (kept[slot] == null) {
                kept[slot] = video.picture();
            }
            progress.frames(decoded, Math.min(seconds, duration), duration);
        }

        List<DecodedFrame> frames() {
            List<DecodedFrame> frames = new ArrayList<>();
            for (DecodedFrame frame : kept) {
                if (frame != null) {
                    frames.add(frame);
                }
            }
            return frames;
        }
    }
}
