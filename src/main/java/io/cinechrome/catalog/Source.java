package io.cinechrome.catalog;

/**
 * What identifies the analysed video file, so an unchanged film is not analysed again.
 *
 * @param path         the file's path relative to the library, with '/' separators
 * @param sizeBytes    file size
 * @param modified     last modification time, ISO-8601 UTC
 * @param contentHash  {@code sha256:...} of a few MB sampled from the file (see {@code SourceFingerprint})
 */
public record Source(String path, long sizeBytes, String modified, String contentHash) {

    public Source {
        if (path == null || path.isBlank() || modified == null || contentHash == null) {
            throw new IllegalArgumentException("a source needs a path, a modification time and a hash");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative: " + sizeBytes);
        }
    }
}
