package io.cinechrome.files;

import io.cinechrome.Interruption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One writer per site: {@code <site>/.cinechrome.lock} names the process that writes the site (pid, host, command,
 * start time) and is held with an operating-system lock, which the system releases when the process ends in any
 * way, {@code kill -9} included. A second run waits for it up to a limit, then gives up with a message naming the
 * holder. A lock file whose holder is gone is taken over with a notice, and the temporary files its holder left in
 * the site are deleted. The catalogue is never locked: sharded {@code analyze} runs write it together.
 *
 * <p>Releasing marks the file released, deletes it, then lets go of the system lock; a waiter that then locks the
 * deleted file sees the mark and tries again.
 */
public final class SiteLock implements AutoCloseable {

    /** The lock file's name in the site folder. */
    public static final String FILE_NAME = ".cinechrome.lock";
    private static final long POLL_MILLIS = 100;

    /** What a lock file holds once its run has let go of it; shorter than any holder's line. */
    private static final String RELEASED = "released\n";

    private final Path file;
    private final FileChannel channel;

    private SiteLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Takes the site's lock, waiting up to {@code wait} for another run to finish.
     *
     * @param notices hears what the user should know (waiting, a crashed run's lock taken over)
     * @throws IllegalStateException when another run still holds the lock after {@code wait}
     */
    public static SiteLock acquire(Path site, Duration wait, Consumer<String> notices) {
        try {
            Files.createDirectories(site);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the site folder " + site + ": " + e.getMessage()
                    + " (choose a folder you can write to)", e);
        }
        Path file = site.resolve(FILE_NAME);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        List<String> abandoned = new ArrayList<>();
        while (true) {
            Optional<SiteLock> taken = tryAcquire(file, notices, abandoned);
            if (taken.isPresent()) {
                return taken.get();
            }
            if (Interruption.requested()) {
                throw new IllegalStateException("interrupted while waiting for another run to finish writing the site "
                        + site + "; nothing was changed");
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException(busy(site, file, wait));
            }
            if (!told) {
                notices.accept(String.format(Locale.ROOT, "The site %s is being written by another run (%s); waiting"
                        + " up to %d s for it to finish", site, holder(file), wait.toSeconds()));
                told = true;
            }
            pause();
        }
    }

    /** Gives the site back: marks the lock file released, deletes it, then releases the system lock. */
    @Override
    public void close() {
        try {
            mark(channel, RELEASED);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the lock file " + file + ": " + e.getMessage()
                    + " (delete it by hand; no run is using it)", e);
        } finally {
            closeQuietly(channel);
        }
    }

    /**
     * One attempt. The file is created exclusively; when it exists, its system lock tells whether its holder still
     * runs. A file whose holder is gone is marked released and deleted (only under its system lock, so no two runs
     * do it), and the attempt starts over. A run never opens the lock file twice: on Linux, closing any descriptor
     * of a file drops the process's locks on it.
     */
    private static Optional<SiteLock> tryAcquire(Path file, Consumer<String> notices, List<String> abandoned) {
        FileChannel channel = null;
        try {
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                return own(file, channel, notices, abandoned);
            } catch (FileAlreadyExistsException e) {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            String previous = read(channel);
            if (previous.equals(RELEASED) && !releasedFileRemains(file)) {
                channel.close();
                return tryAcquire(file, notices, abandoned);
            }
            if (!previous.isBlank() && !previous.equals(RELEASED)) {
                abandoned.add(previous.strip());
            }
            mark(channel, RELEASED);
            Files.deleteIfExists(file);
            channel.close();
            return tryAcquire(file, notices, abandoned);
        } catch (NoSuchFileException e) {
            closeQuietly(channel);
            return tryAcquire(file, notices, abandoned);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the site: " + file + ": " + e.getMessage()
                    + " (check that the site folder is writable and has room)", e);
        }
    }

    /** A file this run created: lock it and sign it, unless another run took it over in between. */
    private static Optional<SiteLock> own(Path file, FileChannel channel, Consumer<String> notices,
            List<String> abandoned) throws IOException {
        FileLock lock = tryLock(channel);
        if (lock == null || !read(channel).isEmpty()) {
            channel.close();
            return Optional.empty();
        }
        try {
            mark(channel, ProcessIdentity.current().describe() + "\n");
        } catch (IOException e) {
            Files.deleteIfExists(file);
            channel.close();
            throw e;
        }
        if (!abandoned.isEmpty()) {
            String stale = String.join("; ", abandoned);
            int cleaned = AtomicFiles.deleteLeftoversBelow(file.getParent());
            notices.accept(String.format(Locale.ROOT, "Taking over the lock of a run that ended without releasing"
                    + " it (%s); %d temporary files it left were deleted", stale, cleaned));
        }
        return Optional.of(new SiteLock(file, channel));
    }

    /**
     * Whether a released file still sits at the path (its run died between marking and deleting it), rather than
     * a released file already deleted that this run opened just before. Released files have a size no live lock
     * file has.
     */
    private static boolean releasedFileRemains(Path file) throws IOException {
        try {
            return Files.size(file) == RELEASED.length();
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void mark(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    /** The system lock, or null when another process, or another run in this process, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), Integer.MAX_VALUE));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static String readPath(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    private static String holder(Path file) {
        try {
            String text = readPath(file).strip();
            return text.isEmpty() ? "starting" : text;
        } catch (IOException e) {
            return "unknown process";
        }
    }

    private static String busy(Path site, Path file, Duration wait) {
        return String.format(Locale.ROOT, "the site %s is still being written by another run (%s) after waiting %d s;"
                + " let it finish and run again, or pass a longer --wait (e.g. --wait 10m)", site, holder(file),
                wait.toSeconds());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the site lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing with a clearer message
            }
        }
    }
}
