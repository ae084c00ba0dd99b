package io.cinechrome.library;

import java.util.Locale;

/** What one library entry is: a film (one or several parts played in order) or a series of episodes. */
public enum FilmKind {
    /** A film: one video file, or parts ({@code CD1}, {@code CD2}) that play in order. */
    FILM,
    /** A series: a folder of episodes ({@code S01E01}, ...), analysed as one timeline. */
    SERIES;

    /** The name in the catalogue and the scan's JSON: {@code film} or {@code series}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id}. */
    public static FilmKind parse(String id) {
        for (FilmKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be 'film' or 'series', not '" + id + "'");
    }
}
