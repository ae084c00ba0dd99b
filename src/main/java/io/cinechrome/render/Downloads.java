package io.cinechrome.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a film's print files (the posters in every style, the palette card, the barcode SVG) come from. Either
 * way the user downloads the same SVG and a PNG of it; the choice is what {@code site/} holds.
 */
public enum Downloads {
    /** Every print file is drawn by Batik and saved in {@code site/img/<slug>/} (about 300 KB a film). */
    FILES("files"),
    /**
     * {@code site/} keeps only the images its pages need without a script (barcode, social preview) and one
     * small {@code prints.json} a film from which the film page's script makes each print file when it is shown
     * or clicked: the same SVG, rasterised by the browser for the PNG (about 30 KB a film, for archives that must
     * fit GitHub Pages' 1 GB).
     */
    BROWSER("browser");

    /** What GitHub Pages publishes at most: a bigger site is refused. */
    public static final long PUBLISH_LIMIT_BYTES = 1L << 30;
    /** A film's share of a site with saved print files (1,080 stripes, {@code ScaleBenchmark}, 1,000 films). */
    static final long FILES_BYTES_PER_FILM = 360 * 1024L;
    /** The same with print files made in the browser. */
    static final long BROWSER_BYTES_PER_FILM = 67 * 1024L;
    private static final double GB = 1L << 30;

    private final String id;

    Downloads(String id) {
        this.id = id;
    }

    /** The name used on the command line and in {@code cinechrome.properties}. */
    public String id() {
        return id;
    }

    /**
     * What to tell the user of a gallery of {@code films} films made this way: when saved print files would make
     * the site too big for GitHub Pages, how to make it small enough.
     */
    public Optional<String> advice(int films) {
        long bytes = films * FILES_BYTES_PER_FILM;
        if (this != FILES || bytes <= PUBLISH_LIMIT_BYTES) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "Note: %,d films with saved print files make a site of about"
                + " %.1f GB, more than GitHub Pages publishes (1 GB). To publish it there, render with --downloads"
                + " browser (about %d KB a film, %.1f GB): the film pages then make the posters and the palette card"
                + " in the visitor's browser.", films, bytes / GB, BROWSER_BYTES_PER_FILM / 1024,
                films * BROWSER_BYTES_PER_FILM / GB));
    }

    /**
     * The choice named {@code text}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Downloads parse(String text) {
        return Arrays.stream(values()).filter(d -> d.id.equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--downloads must be one of "
                        + Arrays.stream(values()).map(Downloads::id).collect(Collectors.joining(", "))
                        + ", not '" + text + "'"));
    }
}
