package io.cinechrome.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A film in several files that play in order (CD1, CD2, or a series' episodes), read as one continuous film:
 * each part is sampled on its own and its frames are moved to the part's start on the whole film's timeline.
 * Each part gets stripes in proportion to its length, so samples are as dense in every part as in a film of
 * one file. In fast mode a file that gives no usable frame, or too few, is decoded in full instead.
 */
final class Reel {

    /** Fast sampling is redone in full when fewer than this share of the stripes got a frame. */
    static final double MIN_FAST_STRIPE_SHARE = 0.25;

    private final AnalysisSettings settings;

    Reel(AnalysisSettings settings) {
        this.settings = settings;
    }

    /**
     * The sampled frames of all parts on one timeline, the whole film's duration and how the first part's colours
     * were read.
     */
    record Footage(List<DecodedFrame> frames, double durationSeconds, VideoColour colour) {
    }

    Footage sample(List<Path> parts, ProgressListener progress) throws VideoException {
        double[] lengths = new double[parts.size()];
        double total = 0;
        for (int i = 0; i < parts.size() && parts.size() > 1; i++) {
            lengths[i] = probe(parts.get(i));
            total += lengths[i];
        }
        List<DecodedFrame> frames = new ArrayList<>();
        double start = 0;
        VideoColour colour = null;
        for (int i = 0; i < parts.size(); i++) {
            int stripes = total > 0 ? (int) Math.max(1, Math.ceil(settings.stripes() * lengths[i] / total))
                    : settings.stripes();
            double offset = start;
            FrameSampler.Samples samples = sampleOne(parts.get(i), stripes,
                    (decoded, seconds, duration) -> progress.frames(decoded, offset + seconds, offset + duration));
            for (DecodedFrame frame : samples.frames()) {
                frames.add(offset == 0 ? frame
                        : new DecodedFrame(offset + frame.seconds(), frame.width(), frame.height(), frame.rgb()));
            }
            start += samples.durationSeconds();
            colour = colour == null ? samples.colour() : colour;
        }
        return new Footage(frames, start, colour);
    }

    /** Fast sampling, redone by decoding every frame when it gets no usable frame or too few. */
    private FrameSampler.Samples sampleOne(Path file, int stripes, ProgressListener progress) throws VideoException {
        FrameSampler sampler = new FrameSampler(progress);
        if (settings.sampling() == Sampling.FAST) {
            try {
                FrameSampler.Samples fast = sampler.sample(file, Sampling.FAST, stripes);
                if (fast.frames().size() >= Math.ceil(stripes * MIN_FAST_STRIPE_SHARE)) {
                    return fast;
                }
            } catch (VideoException e) {
                // Key frames could not be read (e.g. an old Cinepak AVI); decoding every frame may still work.
            }
        }
        return sampler.sample(file, Sampling.EXACT, stripes);
    }

    private static double probe(Path part) throws VideoException {
        try (FfmpegVideo video = FfmpegVideo.open(part, false)) {
            return video.durationSeconds();
        }
    }
}
