package io.cinechrome.analysis;

import io.cinechrome.analysis.decode.DecodedFrame;
import io.cinechrome.analysis.decode.ProgressListener;
import io.cinechrome.analysis.decode.Reel;
import io.cinechrome.analysis.decode.VideoException;
import io.cinechrome.catalog.Act;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses one film: samples frames, finds the letterbox, clusters each frame, then builds the palette and the
 * stripes. Not thread-safe: use one analyzer per thread.
 */
public final class FilmAnalyzer {

    private final AnalysisSettings settings;
    private final FrameColours frameColours = new FrameColours();

    /** An analyzer for the given settings. */
    public FilmAnalyzer(AnalysisSettings settings) {
        this.settings = settings;
    }

    /**
     * Analyses a video file.
     *
     * @throws VideoException when the file cannot be decoded; the message names the file and the fix
     */
    public FilmAnalysis analyze(Path video, ProgressListener progress) throws VideoException {
        return analyze(List.of(video), progress);
    }

    /**
     * Analyses a film in several files that play in order (parts or episodes) as one continuous film.
     *
     * @throws VideoException when a file cannot be decoded; the message names the file and the fix
     */
    public FilmAnalysis analyze(List<Path> parts, ProgressListener progress) throws VideoException {
        Reel.Footage samples = new Reel(settings.stripes(), settings.sampling()).sample(parts, progress);
        List<DecodedFrame> frames = samples.frames();
        Crop crop = Letterbox.detect(frames);
        double duration = samples.durationSeconds();
        double[] times = frames.stream().mapToDouble(DecodedFrame::seconds).toArray();
        double[] timeWeights = timeWeights(times, duration);
        List<List<Cluster>> perFrame = new ArrayList<>();
        List<List<Cluster>> modes = new ArrayList<>();
        WeightedColours film = new WeightedColours();
        for (int i = 0; i < frames.size(); i++) {
            FrameColours.Colours colours = frameColours.of(frames.get(i), crop);
            perFrame.add(colours.clusters());
            modes.add(colours.modes());
            film.addAll(colours.clusters(), timeWeights[i]);
        }
        boolean blackAndWhite = PaletteBuilder.isBlackAndWhite(film);
        return new FilmAnalysis(duration, blackAndWhite,
                blackAndWhite ? PaletteBuilder.greys(film, settings.greyLevels())
                        : PaletteBuilder.colours(film, settings.paletteSize()),
                Stripes.of(times, modes, duration, settings.stripes(), blackAndWhite),
                frames.size(), samples.colour(), acts(times, timeWeights, perFrame, duration, blackAndWhite));
    }

    /**
     * Each act's palette from the frames sampled in it, weighted by the time each stands for; an act without a
     * sample (a very short film) takes the sample nearest its middle.
     */
    private List<Act> acts(double[] times, double[] weights, List<List<Cluster>> perFrame, double duration,
                           boolean blackAndWhite) {
        int count = settings.acts();
        List<Act> acts = new ArrayList<>();
        for (int act = 0; act < count; act++) {
            double from = act * duration / count;
            double to = (act + 1) * duration / count;
            WeightedColours colours = new WeightedColours();
            for (int i = 0; i < times.length; i++) {
                if (times[i] >= from && (times[i] < to || act == count - 1)) {
                    colours.addAll(perFrame.get(i), weights[i]);
                }
            }
            if (colours.size == 0) {
                colours.addAll(perFrame.get(nearest(times, (from + to) / 2)), 1);
            }
            acts.add(new Act(from, to, blackAndWhite
                    ? PaletteBuilder.greys(colours, Math.min(settings.greyLevels(), AnalysisSettings.ACT_PALETTE_SIZE))
                    : PaletteBuilder.colours(colours, AnalysisSettings.ACT_PALETTE_SIZE)));
        }
        return acts;
    }

    private static int nearest(double[] times, double time) {
        int best = 0;
        for (int i = 1; i < times.length; i++) {
            if (Math.abs(times[i] - time) < Math.abs(times[best] - time)) {
                best = i;
            }
        }
        return best;
    }

    /** Each sample stands for the time from halfway after its predecessor to halfway before its successor. */
    static double[] timeWeights(double[] times, double duration) {
        double[] weights = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            double from = i == 0 ? 0 : (times[i - 1] + times[i]) / 2;
            double to = i == times.length - 1 ? duration : (times[i] + times[i + 1]) / 2;
            weights[i] = Math.max(to - from, Double.MIN_NORMAL);
        }
        return weights;
    }
}
