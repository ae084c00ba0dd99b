package io.cinechrome.catalog;

import java.util.Optional;

/**
 * Where an imported entry came from, instead of a video: the tool that computed its colours and the file it
 * left them in.
 *
 * @param tool    the tool, e.g. {@value #NOTEBOOK} or {@value #FINGERPRINT}
 * @param file    the file's name (without its folder, so the same file gives the same entry wherever it lies)
 * @param palette the tool's identifier of the palette taken, when it has one
 */
public record Origin(String tool, String file, Optional<String> palette) {

    /** The movies-palettes notebook ({@code movies.db}, {@code movies_palettes.json}). */
    public static final String NOTEBOOK = "movies-palettes";
    /** A colour-fingerprint script's CSV, one row per sampled frame. */
    public static final String FINGERPRINT = "colour-fingerprint";

    public Origin {
        if (tool == null || tool.isBlank() || file == null || file.isBlank() || palette == null) {
            throw new IllegalArgumentException("an origin needs a tool and a file");
        }
    }
}
