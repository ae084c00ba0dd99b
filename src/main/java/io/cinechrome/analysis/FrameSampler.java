package io.cinechrome.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks frames evenly across a film: the film is cut into equal time slots and the first decoded frame of
 * each slot is kept. In fast mode only key frames are decoded; when a film has too few of them the sampler
 * decodes every frame instead.
 */
final class FrameSampler {

    /** Slots per stripe: several frames are combined into each stripe. */
    static final int SLOTS_PER_STRIPE = 3;
    /** Fast mode needs at least this many key frames per stripe (or {@link #MIN_KEY_FRAMES}) to be used. */
    static final double MIN_KEY_FRAMES_PER_STRIPE = 0.25;
    /** Fewer key frames than this always falls back to decoding every frame. */
    static final int MIN_KEY_FRAMES = 24;

    private final ProgressListener progress;

    FrameSampler(ProgressListener progress) {
        this.progress = progress;
    }

    /** The sampled frames in time order and the film's duration. */
    record Samples(List<DecodedFrame> frames, double durationSeconds, boolean keyFramesOnly) {
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
            DecodedFrame[] kept = new DecodedFrame[slots];
            int decoded = 0;
            double last = 0;
            for (Optional<DecodedFrame> next = video.next(); next.isPresent(); next = video.next()) {
                DecodedFrame frame = next.get();
                decoded++;
                last = Math.max(last, frame.seconds());
                int slot = (int) Math.min(slots - 1, Math.floor(frame.seconds() / duration * slots));
                if (kept[slot] == null) {
                    kept[slot] = frame;
                }
                progress.frames(decoded, Math.min(frame.seconds(), duration), duration);
            }
            List<DecodedFrame> frames = new ArrayList<>();
            for (DecodedFrame frame : kept) {
                if (frame != null) {
                    frames.add(frame);
                }
            }
            if (frames.isEmpty()) {
                throw new VideoException(file, "no frame could be decoded; the file is corrupt or truncated,"
                        + " try re-downloading or remuxing it");
            }
            double frameTime = video.frameRate() > 0 ? 1 / video.frameRate() : 0;
            return new Samples(frames, Math.max(duration, last + frameTime), keyFramesOnly);
        }
    }
}
