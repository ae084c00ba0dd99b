package io.cinechrome.render;

import java.util.Arrays;
import java.util.Locale;
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

    private final String id;

    Downloads(String id) {
        this.id = id;
    }

    /** The name used on the command line and in {@code cinechrome.properties}. */
    public String id() {
        return id;
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
