package io.cinechrome.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the same folder,
 * which then replaces the target in one rename. A file whose content is already the same is not touched.
 */
public final class AtomicFiles {

    /** Temporary files start with this and end with {@link #TEMP_SUFFIX}; they are hidden. */
    public static final String TEMP_PREFIX = ".";
    public static final String TEMP_SUFFIX = ".tmp";
    private static final String PUBLIC_FILE = "rw-r--r--";

    private AtomicFiles() {
    }

    /** Writes UTF-8 text; returns whether the file changed. */
    public static boolean writeString(Path target, String text) throws IOException {
        return write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes, creating parent folders; leaves an identical file alone. The file is readable by everyone
     * (rw-r--r--), like any file a user saves, so a web server can serve it.
     *
     * @return whether the file was written (false when it already held these bytes)
     */
    public static boolean write(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Path temp = Files.createTempFile(parent, TEMP_PREFIX + target.getFileName(), TEMP_SUFFIX);
        try {
            Files.write(temp, bytes);
            makeReadable(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    /** Temporary files are private to their owner; published files must not be. */
    private static void makeReadable(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(PUBLIC_FILE));
        }
    }

    /** Deletes temporary files that an interrupted run left in the folder. */
    public static void deleteLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
