package io.cinechrome.analysis;

import io.cinechrome.analysis.decode.Sampling;

/**
 * The settings an analysis ran with; a catalogue entry made with other settings is recomputed.
 *
 * @param paletteSize number of colours in a colour film's palette
 * @param greyLevels  number of greys in a black-and-white film's palette
 * @param stripes     number of stripes (equal time bins) per film
 * @param sampling    how frames are picked
 * @param analyzer    version of the analysis method; entries made by an older method are recomputed
 * @param acts        number of equal acts the film is cut into, each with its own palette
 */
public record AnalysisSettings(int paletteSize, int greyLevels, int stripes, Sampling sampling, int analyzer,
                               int acts) {

    /**
     * The current analysis method. Bump it whenever a change to the analysis changes its results, so that
     * catalogue entries made before are analysed again instead of being kept as up to date.
     * 2: stripes take the colour with the most weight around it ({@link Dominance}).
     * 3: YUV is converted with the stream's own matrix, range, primaries and transfer; HDR is tone-mapped
     * ({@link io.cinechrome.analysis.decode.YuvToRgb});
     * 1080 stripes by default, fast sampling puts a frame inside every stripe (decoding forward from key
     * frames), and each act has its own palette.
     * 4: fast sampling reads the packets once and decodes one frame per stripe: the key frame inside its slice,
     * else the first I or P frame from its start ({@link io.cinechrome.analysis.decode.DecodePlan}), instead of
     * one frame per slot.
     * 5: a stripe is the dominant colour among its frames' colour modes ({@link ColourModes}) instead of among
     * k-means clusters, so it no longer jumps with the clustering from one frame to the next.
     */
    public static final int CURRENT_ANALYZER = 5;

    public static final int DEFAULT_PALETTE_SIZE = 10;
    public static final int DEFAULT_GREY_LEVELS = 4;
    public static final int DEFAULT_STRIPES = 1080;
    public static final int DEFAULT_ACTS = 5;
    /** Colours in each act's palette. */
    public static final int ACT_PALETTE_SIZE = 5;
    private static final int MAX_ACTS = 100;
    private static final int MAX_COLOURS = 64;
    private static final int MAX_STRIPES = 10_000;

    public AnalysisSettings {
        if (paletteSize < 1 || paletteSize > MAX_COLOURS) {
            throw new IllegalArgumentException("palette size must be 1.." + MAX_COLOURS + ", was " + paletteSize);
        }
        if (greyLevels < 1 || greyLevels > MAX_COLOURS) {
            throw new IllegalArgumentException("grey levels must be 1.." + MAX_COLOURS + ", was " + greyLevels);
        }
        if (stripes < 1 || stripes > MAX_STRIPES) {
            throw new IllegalArgumentException("stripes must be 1.." + MAX_STRIPES + ", was " + stripes);
        }
        if (sampling == null) {
            throw new IllegalArgumentException("a sampling mode is required");
        }
        if (acts < 1 || acts > MAX_ACTS) {
            throw new IllegalArgumentException("acts must be 1.." + MAX_ACTS + ", was " + acts);
        }
        if (analyzer < 1) {
            throw new IllegalArgumentException("analyzer version must be at least 1, was " + analyzer);
        }
    }

    /** Settings for the current analysis method. */
    public AnalysisSettings(int paletteSize, int greyLevels, int stripes, Sampling sampling) {
        this(paletteSize, greyLevels, stripes, sampling, CURRENT_ANALYZER, DEFAULT_ACTS);
    }

    /** Settings of a given analysis method, with the default number of acts. */
    public AnalysisSettings(int paletteSize, int greyLevels, int stripes, Sampling sampling, int analyzer) {
        this(paletteSize, greyLevels, stripes, sampling, analyzer, DEFAULT_ACTS);
    }

    /** The same settings with another number of acts. */
    public AnalysisSettings withActs(int count) {
        return new AnalysisSettings(paletteSize, greyLevels, stripes, sampling, analyzer, count);
    }

    /** The defaults: 10 colours, 4 greys, 1080 stripes, fast sampling. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(DEFAULT_PALETTE_SIZE, DEFAULT_GREY_LEVELS, DEFAULT_STRIPES, Sampling.FAST);
    }
}
