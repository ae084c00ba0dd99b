package io.cinechrome.analysis.decode;

import java.util.Locale;

/** How frames of a film are picked for analysis. */
public enum Sampling {
    /**
     * Decodes a frame inside every stripe's time slice and little else: the key frames, and between sparse key
     * frames the I and P frames up to a slice's start.
     */
    FAST,
    /** Decodes every frame and samples evenly in time: as slow as playing the film at full speed or more. */
    EXACT;

    /** The name used on the command line and in the catalogue. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code fast} or {@code exact}. */
    public static Sampling parse(String id) {
        for (Sampling s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sampling mode '" + id + "' (use fast or exact)");
    }
}
