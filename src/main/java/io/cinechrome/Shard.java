package io.cinechrome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic share of the library for {@code analyze --shard I/N}: film {@code slug} belongs to shard
 * {@code I} (counted from 0, like a Kubernetes Indexed Job's {@code JOB_COMPLETION_INDEX}) when the first 8 bytes
 * of the SHA-256 of its slug, modulo {@code N}, are {@code I}. N processes with the same library, each with its
 * own I, analyse every film exactly once, on any machine, whatever order they list the library in.
 *
 * @param index this process's share, {@code 0 <= index < count}
 * @param count how many shares the library is cut into; 1 means the whole library
 */
public record Shard(int index, int count) {

    /** The whole library: no sharding. */
    public static final Shard ALL = new Shard(0, 1);
    /** More shares than this is surely a typo. */
    public static final int MAX_COUNT = 100_000;
    private static final Pattern FORM = Pattern.compile("([0-9]+)/([0-9]+)");
    private static final int HASH_BYTES = 8;

    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 0 || index >= count) {
            throw new IllegalArgumentException("--shard must be I/N with 0 <= I < N <= " + MAX_COUNT + ", was "
                    + index + "/" + count + " (I counts from 0, like JOB_COMPLETION_INDEX)");
        }
    }

    /** Parses {@code I/N}, e.g. {@code 0/4}. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || m.group(1).length() > 6 || m.group(2).length() > 6) {
            throw new IllegalArgumentException("--shard needs I/N, e.g. 0/4 for the first of four shares, not '"
                    + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether the film with this slug is this shard's to analyse. */
    public boolean owns(String slug) {
        if (count == 1) {
            return true;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(slug.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < HASH_BYTES; i++) {
                value = (value << Byte.SIZE) | (digest[i] & 0xff);
            }
            return Long.remainderUnsigned(value, count) == index;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
