package io.cinechrome.files;

import io.cinechrome.Interruption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
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
 * <p>Releasing empties the file, deletes it, then lets go of the system lock; a waiter that then locks the deleted
 * file sees that the file at the path is not the one it holds and tries again.
 */
public final class SiteLock implements AutoCloseable {

    /** The lock file's name in the site folder. */
    public static final String FILE_NAME = ".cinechrome.lock";
    private static final long POLL_MILLIS = 100;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
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
        while (true) {
            Optional<SiteLock> taken = tryAcquire(site, file, notices);
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

    /** Gives the site back: empties and deletes the lock file, then releases the system lock. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the lock file " + file + ": " + e.getMessage()
                    + " (delete it by hand; no run is using it)", e);
        } finally {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // closing the channel releases the lock in any case
            }
        }
    }

    private static Optional<SiteLock> tryAcquire(Path site, Path file, Consumer<String> notices) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            String previous = read(channel);
            String mine = ProcessIdentity.current().describe() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(mine.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            if (!mine.equals(readPath(file))) {
                lock.release();
                channel.close();
                return Optional.empty();
            }
            if (!previous.isBlank()) {
                int cleaned = AtomicFiles.deleteLeftoversBelow(site);
                notices.accept(String.format(Locale.ROOT, "Taking over the lock of a run that ended without"
                        + " releasing it (%s); %d temporary files it left were deleted", previous.strip(), cleaned));
            }
            return Optional.of(new SiteLock(file, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the site: " + file + ": " + e.getMessage()
                    + " (check that the site folder is writable)", e);
        }
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
