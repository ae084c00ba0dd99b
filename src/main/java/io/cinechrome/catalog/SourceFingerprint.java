package io.cinechrome.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Identifies a video file cheaply: size, modification time and a SHA-256 of {@value #CHUNKS} chunks of
 * {@value #CHUNK_BYTES} bytes (start, middle, end), so a film is recognised after a copy without reading
 * gigabytes.
 */
public final class SourceFingerprint {

    static final int CHUNK_BYTES = 1 << 20;
    static final int CHUNKS = 3;

    private SourceFingerprint() {
    }

    /** The source record of a video file. */
    public static Source of(Path video, String relativePath) {
        try {
            long size = Files.size(video);
            return new Source(relativePath, size, modified(video), hash(video, size));
        } catch (IOException e) {
            throw unreadable(video, e);
        }
    }

    /**
     * Whether an entry made from {@code stored} still describes the file: same path and size, and the same
     * modification time or, when only the time changed (a copy), the same content hash. The file is hashed
     * only in that case, so checking an unchanged library reads no video data.
     */
    public static boolean unchanged(Source stored, Path video, String relativePath) {
        try {
            long size = Files.size(video);
            if (!stored.path().equals(relativePath) || stored.sizeBytes() != size) {
                return false;
            }
            return stored.modified().equals(modified(video)) || stored.contentHash().equals(hash(video, size));
        } catch (IOException e) {
            throw unreadable(video, e);
        }
    }

    private static String modified(Path video) throws IOException {
        return Files.getLastModifiedTime(video).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static UncheckedIOException unreadable(Path video, IOException e) {
        return new UncheckedIOException("cannot read " + video + ": " + e.getMessage()
                + "; check that the file is readable", e);
    }

    private static String hash(Path video, long size) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        digest.update(Long.toString(size).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (FileChannel channel = FileChannel.open(video, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES);
            for (long start : new long[] {0, Math.max(0, size / 2 - CHUNK_BYTES / 2), Math.max(0, size - CHUNK_BYTES)}) {
                buffer.clear();
                while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) > 0) {
                    // keep reading until the chunk is full or the file ends
                }
                buffer.flip();
                digest.update(buffer);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }
}
