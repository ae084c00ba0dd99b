package io.cinechrome.analysis.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Picks frames evenly across a film: the film is cut into equal time slots, {@value #SLOTS_PER_STRIPE} per
 * stripe, and the first decoded frame of each slot is kept. {@link Sampling#EXACT} decodes every frame.
 * {@link Sampling#FAST} decodes only what it needs to put at least one frame inside every stripe's time slice:
 * in a container with an index (MP4/MOV, Matroska/WebM) it reads the film's packets once, from start to end,
 * and decodes the key frame inside each slice that has one; for a slice without, it decodes forward from the key
 * frame before it to the slice's first I or P frame, skipping the B frames nothing refers to, and decodes
 * nothing else at all (see {@link DecodePlan}). Every frame decoded on the way is offered to the slots too. A
 * container without an index is read from start to end with those B frames skipped.
 */
final class FrameSampler {

    /** Slots per stripe: several frames are combined into each stripe. */
    static final int SLOTS_PER_STRIPE = 3;

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
                decodePlanned(video, kept, new DecodePlan(targets(keyFrames, stripes, duration), keyFrames));
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
     * The moments to decode, ascending, one per stripe: the key frame inside the stripe's time slice when it has
     * one (the one nearest the slice's middle: a key frame costs the same wherever it lies), else the slice's start,
     * the moment in it that is reached by decoding the fewest frames forward from the key frame before.
     */
    static double[] targets(double[] keyFrames, int stripes, double duration) {
        double[] targets = new double[stripes];
        int key = 0;
        for (int stripe = 0; stripe < stripes; stripe++) {
            double start = stripe * duration / stripes;
            double end = (stripe + 1.0) * duration / stripes;
            while (key < keyFrames.length && keyFrames[key] < start) {
                key++;
            }
            targets[stripe] = keyNearestMiddle(keyFrames, key, start, end);
        }
        return targets;
    }

    /** The key frame from index {@code from} on inside [start, end) nearest its middle; start when none is. */
    private static double keyNearestMiddle(double[] keyFrames, int from, double start, double end) {
        double middle = (start + end) / 2;
        double best = start;
        for (int k = from; k < keyFrames.length && keyFrames[k] < end; k++) {
            if (k == from || Math.abs(keyFrames[k] - middle) < Math.abs(best - middle)) {
                best = keyFrames[k];
            }
        }
        return best;
    }

    /** Reads the film's packets once, decoding those the plan asks for, and offers every decoded frame. */
    private void decodePlanned(FfmpegVideo video, Slots kept, DecodePlan plan) throws VideoException {
        video.rewind();
        for (var packet = video.readPacket(); packet.isPresent() && !plan.done(); packet = video.readPacket()) {
            if (plan.decode(packet.get().seconds(), packet.get().key())) {
                video.decodePacket();
                offerReceived(video, kept);
            }
        }
        video.endOfPackets();
        offerReceived(video, kept);
    }

    private void offerReceived(FfmpegVideo video, Slots kept) throws VideoException {
        for (OptionalDouble next = video.receive(); next.isPresent(); next = video.receive()) {
            kept.offer(video, next.getAsDouble());
        }
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
