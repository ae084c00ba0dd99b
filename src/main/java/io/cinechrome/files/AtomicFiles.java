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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the same folder,
 * which then replaces the target in one rename. A file whose content is already the same is not touched.
 * A temporary file's name says which process writes it ({@code .poster.png~1234@host~5678.tmp}), so files that a
 * killed process left behind can be told from the files of a run still going.
 */
public final class AtomicFiles {

    /** Temporary files start with this and end with {@link #TEMP_SUFFIX}; they are hidden. */
    public static final String TEMP_PREFIX = ".";
    public static final String TEMP_SUFFIX = ".tmp";
    private static final String PUBLIC_FILE = "rw-r--r--";
    /** Separates the target's name, the writer ({@code pid@host}) and the random part in a temporary file's name. */
    private static final String OWNER_MARK = "~";
    private static final int MAX_HOST_IN_NAME = 24;
    private static final Pattern OWNER = Pattern.compile("~(\\d+)@([^~/]+)~[^~/]*\\" + TEMP_SUFFIX + "$");
    private static final String HOST_TOKEN = hostToken(ProcessIdentity.localHost());
    private static final String WRITER = OWNER_MARK + ProcessHandle.current().pid() + "@" + HOST_TOKEN + OWNER_MARK;

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
        Path temp = Files.createTempFile(parent, TEMP_PREFIX + target.getFileName() + WRITER, TEMP_SUFFIX);
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

    /**
     * Deletes temporary files in the folder (not below it) whose writer is gone: left by a process on this host
     * that no longer runs. Files of running processes, or of another host, are left alone; readers ignore them.
     */
    public static void deleteStaleLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                if (stale(temp.getFileName().toString())) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    /** Deletes every temporary file in a folder and below; only for a folder no other process writes to. */
    public static int deleteLeftoversBelow(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> temps = files.filter(AtomicFiles::isTemporary).toList();
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
            return temps.size();
        }
    }

    /** Whether a file is a temporary file of this class (hidden, ending in {@value #TEMP_SUFFIX}). */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(file);
    }

    private static boolean stale(String name) {
        Matcher owner = OWNER.matcher(name);
        if (!owner.find()) {
            return true;
        }
        long pid = Long.parseLong(owner.group(1));
        return owner.group(2).equals(HOST_TOKEN) && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The host as it appears in names: no separators, cut short so names stay within file name limits. */
    private static String hostToken(String host) {
        String clean = host.replaceAll("[^A-Za-z0-9.-]", "_");
        return clean.length() > MAX_HOST_IN_NAME ? clean.substring(0, MAX_HOST_IN_NAME) : clean;
    }
}
