package io.cinechrome.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFingerprintTest {

    private static final FileTime THEN = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
    private static final FileTime LATER = FileTime.from(Instant.parse("2025-06-01T12:00:00Z"));

    @Test
    void aCopyWithANewTimeIsUnchangedButNewContentOrAMoveIsNot(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("film.mkv");
        byte[] bytes = new byte[3 * SourceFingerprint.CHUNK_BYTES + 17];
        Arrays.fill(bytes, (byte) 7);
        Files.write(video, bytes);
        Files.setLastModifiedTime(video, THEN);
        Source stored = SourceFingerprint.of(video, "Film (2000)/film.mkv");

        assertTrue(SourceFingerprint.unchanged(stored, video, "Film (2000)/film.mkv"));
        Files.setLastModifiedTime(video, LATER);
        assertTrue(SourceFingerprint.unchanged(stored, video, "Film (2000)/film.mkv"), "copied: same content");

        bytes[bytes.length - 1] = 8;
        Files.write(video, bytes);
        Files.setLastModifiedTime(video, LATER);
        assertFalse(SourceFingerprint.unchanged(stored, video, "Film (2000)/film.mkv"), "same size, new content");
        assertFalse(SourceFingerprint.unchanged(stored, video, "Other (2000)/film.mkv"), "moved to another film");
        Files.write(video, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(video, THEN);
        assertFalse(SourceFingerprint.unchanged(stored, video, "Film (2000)/film.mkv"), "another size");
    }
}
