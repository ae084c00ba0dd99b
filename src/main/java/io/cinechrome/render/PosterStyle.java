package io.cinechrome.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ways a fingerprint poster is drawn. Every style is rendered for every film (as SVG and PNG); the chosen
 * one is featured on the film page and drawn as the grid's thumbnail.
 */
public enum PosterStyle {
    /** One bar per stripe across a square, the title centred on a scrim. */
    SQUARE("square", "Square poster"),
    /** The stripes around a ring, clockwise from 12 o'clock, the title inside. */
    RING("ring", "Ring poster"),
    /** A wide barcode with the title and credits below it, for prints. */
    STRIP("strip", "Strip poster");

    private final String id;
    private final String label;

    PosterStyle(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used on the command line and in file names. */
    public String id() {
        return id;
    }

    /** How the page names it. */
    public String label() {
        return label;
    }

    /** Whether the poster is square (and can stand in a grid of square thumbnails). */
    public boolean square() {
        return this != STRIP;
    }

    /**
     * The style named {@code text}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static PosterStyle parse(String text) {
        return Arrays.stream(values()).filter(style -> style.id.equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--poster-style must be one of "
                        + Arrays.stream(values()).map(PosterStyle::id).collect(Collectors.joining(", "))
                        + ", not '" + text + "'"));
    }
}
