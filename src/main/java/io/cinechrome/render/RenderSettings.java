package io.cinechrome.render;

/**
 * How the render stage draws a film's images. Everything but {@code threads} shapes the images, so changing it
 * renders every film again.
 *
 * @param posterSize   side of the square poster, pixels
 * @param thumbSize    side of the poster thumbnail for grids, pixels
 * @param barcode      size of the barcode strip
 * @param paletteCard  size of the palette card
 * @param showCredits  whether posters show year and director under the title
 * @param threads      how many films render at once
 * @param posterStyle  the featured poster style (all styles are rendered; this one is drawn as the thumbnail)
 * @param losslessPng  whether PNGs keep every colour exactly (truecolour) instead of the nearest of 256 chosen for
 *                     each image (palette-indexed, about half the bytes, mean error ΔE_OK 0.002)
 * @param downloads    whether the print files are saved in the site or made by the visitor's browser
 * @param socialPreview whether each film gets its Open Graph preview ({@code social.png}): only a gallery with a
 *                     site URL links to it (Open Graph images need absolute addresses), and a site holds no file
 *                     that nothing links to
 */
public record RenderSettings(int posterSize, int thumbSize, PixelSize barcode, PixelSize paletteCard,
                             boolean showCredits, int threads, PosterStyle posterStyle, boolean losslessPng,
                             Downloads downloads, boolean socialPreview) {

    /** The Open Graph preview is always this wide ... */
    public static final int SOCIAL_WIDTH = 1200;
    /** ... and this high. */
    public static final int SOCIAL_HEIGHT = 630;

    public static final int DEFAULT_POSTER_SIZE = 1080;
    public static final int DEFAULT_THUMB_SIZE = 360;
    public static final int DEFAULT_BARCODE_WIDTH = 1200;
    public static final int DEFAULT_BARCODE_HEIGHT = 150;
    public static final int DEFAULT_PALETTE_WIDTH = 1200;
    public static final int DEFAULT_PALETTE_HEIGHT = 300;
    /** At most this many films at once by default: Batik needs memory per image. */
    public static final int DEFAULT_MAX_THREADS = 4;

    public static final int MIN_POSTER_SIZE = 256;
    public static final int MIN_THUMB_SIZE = 64;
    public static final int MAX_IMAGE_SIDE = 8192;
    public static final int MIN_BARCODE_WIDTH = 64;
    public static final int MIN_BARCODE_HEIGHT = 4;
    public static final int MIN_PALETTE_WIDTH = 128;
    public static final int MIN_PALETTE_HEIGHT = 32;
    public static final int MAX_THREADS = 64;

    /** The strip poster is this many times as wide as the square poster's side ... */
    public static final double STRIP_WIDTH_FACTOR = 25 / 9.0;
    /** ... and this many times as wide as high (3000x600 next to a 1080 px square). */
    public static final int STRIP_ASPECT = 5;

    public RenderSettings {
        if (posterStyle == null || downloads == null) {
            throw new IllegalArgumentException("render settings need a poster style and where downloads come from");
        }
        if (barcode == null || paletteCard == null) {
            throw new IllegalArgumentException("render settings need a barcode size and a palette card size");
        }
        check("poster size", posterSize, MIN_POSTER_SIZE, MAX_IMAGE_SIDE);
        check("thumbnail size", thumbSize, MIN_THUMB_SIZE, posterSize);
        check("barcode width", barcode.width(), MIN_BARCODE_WIDTH, MAX_IMAGE_SIDE);
        check("barcode height", barcode.height(), MIN_BARCODE_HEIGHT, MAX_IMAGE_SIDE);
        check("palette card width", paletteCard.width(), MIN_PALETTE_WIDTH, MAX_IMAGE_SIDE);
        check("palette card height", paletteCard.height(), MIN_PALETTE_HEIGHT, MAX_IMAGE_SIDE);
        check("threads", threads, 1, MAX_THREADS);
    }

    /** Settings with a social preview for each film. */
    public RenderSettings(int posterSize, int thumbSize, PixelSize barcode, PixelSize paletteCard,
                          boolean showCredits, int threads, PosterStyle posterStyle, boolean losslessPng,
                          Downloads downloads) {
        this(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, posterStyle, losslessPng, downloads,
                true);
    }

    /** Settings with the print files saved in the site. */
    public RenderSettings(int posterSize, int thumbSize, PixelSize barcode, PixelSize paletteCard,
                          boolean showCredits, int threads, PosterStyle posterStyle, boolean losslessPng) {
        this(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, posterStyle, losslessPng,
                Downloads.FILES);
    }

    /** Settings with indexed PNGs. */
    public RenderSettings(int posterSize, int thumbSize, PixelSize barcode, PixelSize paletteCard,
                          boolean showCredits, int threads, PosterStyle posterStyle) {
        this(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, posterStyle, false);
    }

    /** Settings with the square poster featured. */
    public RenderSettings(int posterSize, int thumbSize, PixelSize barcode, PixelSize paletteCard,
                          boolean showCredits, int threads) {
        this(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, PosterStyle.SQUARE);
    }

    /** The strip poster's size: 3000x600 next to a 1080 px square poster. */
    public PixelSize stripSize() {
        int width = (int) Math.round(posterSize * STRIP_WIDTH_FACTOR);
        return new PixelSize(width, width / STRIP_ASPECT);
    }

    /** The same settings with another featured poster style. */
    public RenderSettings withPosterStyle(PosterStyle style) {
        return new RenderSettings(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, style,
                losslessPng, downloads, socialPreview);
    }

    /** The same settings with lossless (truecolour) or indexed PNGs. */
    public RenderSettings withLosslessPng(boolean lossless) {
        return new RenderSettings(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, posterStyle,
                lossless, downloads, socialPreview);
    }

    /** The same settings with the print files saved in the site or made by the browser. */
    public RenderSettings withDownloads(Downloads where) {
        return new RenderSettings(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, posterStyle,
                losslessPng, where, socialPreview);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }

    /** 1080 px posters, 360 px thumbnails, 1200x150 barcodes, 1200x300 palette cards, credits on. */
    public static RenderSettings defaults() {
        int threads = Math.max(1, Math.min(DEFAULT_MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        return new RenderSettings(DEFAULT_POSTER_SIZE, DEFAULT_THUMB_SIZE,
                new PixelSize(DEFAULT_BARCODE_WIDTH, DEFAULT_BARCODE_HEIGHT),
                new PixelSize(DEFAULT_PALETTE_WIDTH, DEFAULT_PALETTE_HEIGHT), true, threads);
    }

    /** The same settings with or without each film's social preview. */
    public RenderSettings withSocialPreview(boolean drawn) {
        return new RenderSettings(posterSize, thumbSize, barcode, paletteCard, showCredits, threads, posterStyle,
                losslessPng, downloads, drawn);
    }

    /** The same settings with another thread count. */
    public RenderSettings withThreads(int count) {
        return new RenderSettings(posterSize, thumbSize, barcode, paletteCard, showCredits, count, posterStyle,
                losslessPng, downloads, socialPreview);
    }

    /** The same settings with credits shown or hidden. */
    public RenderSettings withCredits(boolean show) {
        return new RenderSettings(posterSize, thumbSize, barcode, paletteCard, show, threads, posterStyle,
                losslessPng, downloads, socialPreview);
    }

    /** The settings that shape the images, as text for the up-to-date stamp (threads left out). */
    String imageKey() {
        return "poster=" + posterSize + ";thumb=" + thumbSize + ";barcode=" + barcode + ";palette=" + paletteCard
                + ";social=" + SOCIAL_WIDTH + "x" + SOCIAL_HEIGHT + ";credits=" + showCredits
                + ";style=" + posterStyle.id() + ";styles=" + PosterStyle.values().length
                + ";png=" + (losslessPng ? "lossless" : "indexed")
                // Only the new choice is named, so stamps of galleries with print files stay as they were.
                + (downloads == Downloads.BROWSER ? ";downloads=" + downloads.id() : "")
                + (socialPreview ? "" : ";social=none");
    }
}
