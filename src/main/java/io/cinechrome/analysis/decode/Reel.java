package io.cinechrome.analysis.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A film in several files that play in order (CD1, CD2, or a series' episodes), read as one continuous film:
 * each part is sampled on its own and its frames are moved to the part's start on the whole film's timeline.
 * Each part gets stripes in proportion to its length, so samples are as dense in every part as in a film of
 * one file. In fast mode a file that gives no usable frame, or too few, is decoded in full instead.
 */
public final class Reel {

    /** Fast sampling is redone in full when fewer than this share of the stripes got a frame. */
    static final double MIN_FAST_STRIPE_SHARE = 0.25;

    private final int stripes;
    private final Sampling sampling;

    /**
     * A reel for films cut into {@code stripes} stripes, sampled the given way.
     *
     * @param stripes  number of stripes (equal time bins) of the whole film
     * @param sampling how frames are picked
     */
    public Reel(int stripes, Sampling sampling) {
        this.stripes = stripes;
        this.sampling = sampling;
    }

    /**
     * The sampled frames of all parts on one timeline, the whole film's duration and how the first part's colours
     * were read.
     *
     * @param frames          the sampled frames in time order, timed from the start of the whole film
     * @param durationSeconds the whole film's length
     * @param colour          how the first part's pixels were read as colours
     */
    public record Footage(List<DecodedFrame> frames, double durationSeconds, VideoColour colour) {
    }

    /**
     * Samples the frames of a film in one or more files that play in order.
     *
     * @param parts    the film's files, in playing order
     * @param progress hears how far the decoding has got, in the whole film's time
     * @throws VideoException when a file cannot be decoded; the message names the file and the fix
     */
    public Footage sample(List<Path> parts, ProgressListener progress) throws VideoException {
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
            int partStripes = total > 0 ? (int) Math.max(1, Math.ceil(stripes * lengths[i] / total))
                    : stripes;
            double offset = start;
            FrameSampler.Samples samples = sampleOne(parts.get(i), partStripes,
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
        if (sampling == Sampling.FAST) {
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
