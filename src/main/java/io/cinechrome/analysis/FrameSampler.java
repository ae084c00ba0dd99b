package io.cinechrome.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks frames evenly across a film: the film is cut into equal time slots and the first decoded frame of
 * each slot is kept. In fast mode only key frames are decoded; in a long film in an indexed container the
 * sampler seeks to each slot instead of reading the whole file, and a film with too few key frames is decoded
 * in full instead.
 */
final class FrameSampler {

    /** Slots per stripe: several frames are combined into each stripe. */
    static final int SLOTS_PER_STRIPE = 3;
    /** Fast mode needs at least this many key frames per stripe (or {@link #MIN_KEY_FRAMES}) to be used. */
    static final double MIN_KEY_FRAMES_PER_STRIPE = 0.25;
    /** Fewer key frames than this always falls back to decoding every frame. */
    static final int MIN_KEY_FRAMES = 24;
    /**
     * Fast mode seeks to each slot when slots are at least this long: then most key frames would fall into
     * slots that already have a frame, and reading them would be wasted.
     */
    static final double MIN_SEEK_SLOT_SECONDS = 2.0;

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
            Samples keyFrames = read(file, true, slots);
            int enough = (int) Math.max(MIN_KEY_FRAMES, Math.ceil(stripes * MIN_KEY_FRAMES_PER_STRIPE));
            if (keyFrames.frames().size() >= enough) {
                return keyFrames;
            }
        }
        return read(file, false, slots);
    }

    private Samples read(Path file, boolean keyFramesOnly, int slots) throws VideoException {
        try (FfmpegVideo video = FfmpegVideo.open(file, keyFramesOnly)) {
            double duration = video.durationSeconds();
            if (!(duration > 0)) {
                throw new VideoException(file, "the container does not say how long the film is;"
                        + " remux it into mkv or mp4 (e.g. with mkvmerge or ffmpeg -c copy) and try again");
            }
            Slots kept = new Slots(slots, duration);
            if (keyFramesOnly && video.canSeek() && duration / slots >= MIN_SEEK_SLOT_SECONDS) {
                seekEachSlot(video, kept);
            } else {
                readThrough(video, kept);
            }
            List<DecodedFrame> frames = kept.frames();
            if (frames.isEmpty()) {
                throw new VideoException(file, "no frame could be decoded; the file is corrupt or truncated,"
                        + " try re-downloading or remuxing it");
            }
            double frameTime = video.frameRate() > 0 ? 1 / video.frameRate() : 0;
            return new Samples(frames, Math.max(duration, kept.last() + frameTime), keyFramesOnly,
                    video.colour().orElseThrow());
        }
    }

    private void readThrough(FfmpegVideo video, Slots kept) throws VideoException {
        for (Optional<DecodedFrame> next = video.next(); next.isPresent(); next = video.next()) {
            kept.offer(next.get());
        }
    }

    /**
     * Seeks to the start of every slot that has no frame yet; the decoder then gives the first key frame at or
     * after it, the same frame reading the whole file would have kept for the slot.
     */
    private void seekEachSlot(FfmpegVideo video, Slots kept) throws VideoException {
        for (int slot = 0; slot < kept.count(); slot++) {
            if (kept.has(slot) || kept.last() >= kept.end(slot)) {
                continue;
            }
            video.seek(kept.start(slot));
            for (Optional<DecodedFrame> next = video.next(); next.isPresent(); next = video.next()) {
                if (kept.offer(next.get()) >= slot) {
                    break;
                }
            }
        }
    }

    /** The slots of one film and the first frame decoded in each. */
    private final class Slots {

        private final DecodedFrame[] kept;
        private final double duration;
        private int decoded;
        private double last;

        Slots(int count, double duration) {
            this.kept = new DecodedFrame[count];
            this.duration = duration;
        }

        int count() {
            return kept.length;
        }

        boolean has(int slot) {
            return kept[slot] != null;
        }

        double start(int slot) {
            return slot * duration / kept.length;
        }

        double end(int slot) {
            return (slot + 1.0) * duration / kept.length;
        }

        double last() {
            return last;
        }

        /** Keeps the frame when its slot is still empty; returns its slot. */
        int offer(DecodedFrame frame) {
            decoded++;
            last = Math.max(last, frame.seconds());
            int slot = (int) Math.min(kept.length - 1, Math.floor(frame.seconds() / duration * kept.length));
            if (kept[slot] == null) {
                kept[slot] = frame;
            }
            progress.frames(decoded, Math.min(frame.seconds(), duration), duration);
            return slot;
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
