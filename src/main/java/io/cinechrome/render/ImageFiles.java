package io.cinechrome.render;

/**
 * Where the render stage puts each film's images, relative to the site root; the pages link to the same paths.
 * All of a film's images live in {@code img/<slug>/}.
 */
public final class ImageFiles {

    /** The folder, relative to the site root, holding every film's image folder. */
    public static final String ROOT = "img";
    /** The name of a film's print sources in its image folder (see {@link #prints}): JSON, raw-deflated. */
    public static final String PRINTS = "prints.json.deflate";

    private ImageFiles() {
    }

    /** {@code img/<slug>/}: the folder of one film's images. */
    public static String folder(String slug) {
        return ROOT + "/" + slug + "/";
    }

    /** The square fingerprint poster, SVG. */
    public static String posterSvg(String slug) {
        return folder(slug) + "poster.svg";
    }

    /** The square fingerprint poster, PNG at the configured size. */
    public static String posterPng(String slug) {
        return folder(slug) + "poster.png";
    }

    /** The poster in a style, SVG: {@code poster.svg} for the square, {@code poster-ring.svg}, ... */
    public static String posterSvg(String slug, PosterStyle style) {
        return folder(slug) + posterName(style) + ".svg";
    }

    /** The poster in a style, PNG. */
    public static String posterPng(String slug, PosterStyle style) {
        return folder(slug) + posterName(style) + ".png";
    }

    private static String posterName(PosterStyle style) {
        return style == PosterStyle.SQUARE ? "poster" : "poster-" + style.id();
    }

    /**
     * Whether grids show a poster thumbnail ({@link #posterThumb}) for this featured style: only the ring, whose
     * shape is its look. Square and strip posters are shown in grids by their barcode ({@link #barcodePng}),
     * stretched square: the same stripes without the title (the card names the film) for a fiftieth of the bytes.
     */
    public static boolean hasThumbnails(PosterStyle style) {
        return style == PosterStyle.RING;
    }

    /**
     * The sources from which a film page's script makes the print files, when they are not saved as files
     * ({@link Downloads#BROWSER}).
     */
    public static String prints(String slug) {
        return folder(slug) + PRINTS;
    }

    /** A small PNG of the ring poster for grids (see {@link #hasThumbnails}). */
    public static String posterThumb(String slug) {
        return folder(slug) + "poster-thumb.png";
    }

    /** The poster thumbnail at twice the size, for high-density screens and wide grid columns (srcset 2x). */
    public static String posterThumb2x(String slug) {
        return folder(slug) + "poster-thumb-2x.png";
    }

    /** The palette card, SVG. */
    public static String paletteSvg(String slug) {
        return folder(slug) + "palette.svg";
    }

    /** The palette card, PNG. */
    public static String palettePng(String slug) {
        return folder(slug) + "palette.png";
    }

    /** The wide, short strip of stripes, SVG. */
    public static String barcodeSvg(String slug) {
        return folder(slug) + "barcode.svg";
    }

    /** The wide, short strip of stripes, PNG. */
    public static String barcodePng(String slug) {
        return folder(slug) + "barcode.png";
    }

    /** The 1200x630 Open Graph preview, SVG. */
    public static String socialSvg(String slug) {
        return folder(slug) + "social.svg";
    }

    /** The 1200x630 Open Graph preview, PNG. */
    public static String socialPng(String slug) {
        return folder(slug) + "social.png";
    }
}
