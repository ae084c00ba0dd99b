package io.cinechrome.render;

import io.cinechrome.files.AtomicFiles;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The up-to-date check: {@code img/<slug>/.stamp} holds a hash of what the images were drawn from (the entry's
 * drawn fields, the image settings and {@link #RENDERER_VERSION}); a film whose hash differs is drawn again.
 */
final class Stamp {

    /** Bump when the drawing code or the fonts change, so every film is drawn again. */
    static final int RENDERER_VERSION = 18;
    /** The stamp's file name in a film's image folder. */
    static final String FILE_NAME = ".stamp";
    private static final String ALGORITHM = "SHA-256";

    private Stamp() {
    }

    /** The hash for a film under the given settings, as hex. */
    static String of(CatalogEntry entry, RenderSettings settings) {
        StringBuilder key = new StringBuilder("renderer=").append(RENDERER_VERSION)
                .append('\n').append(settings.imageKey())
                .append("\nslug=").append(entry.slug())
                .append("\ntitle=").append(entry.title())
                .append("\nyear=").append(entry.year().isPresent() ? Integer.toString(entry.year().getAsInt()) : "")
                .append("\ndirector=").append(entry.director().orElse(""))
                .append("\nblackAndWhite=").append(entry.blackAndWhite())
                .append("\npalette=");
        for (Swatch swatch : entry.palette()) {
            key.append(swatch.colour().hex()).append(':').append(swatch.share()).append(' ');
        }
        key.append("\nstripes=").append(entry.stripesDigest());
        return sha256(key.toString());
    }

    /** Whether the folder's stamp holds this hash. */
    static boolean matches(Path folder, String hash) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(hash);
    }

    /** Stores the hash, after all images are written. */
    static void write(Path folder, String hash) throws IOException {
        AtomicFiles.write(folder.resolve(FILE_NAME), (hash + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance(ALGORITHM).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + ALGORITHM, e);
        }
    }
}
