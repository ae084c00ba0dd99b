package io.cinechrome.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Turns titles into stable, URL-safe slugs: {@code heat-1995}, {@code amelie-2001}. */
public final class Slugs {

    private static final int MAX_WORDS_LENGTH = 60;
    private static final int HASH_HEX_DIGITS = 8;

    private Slugs() {
    }

    /**
     * The base slug of a film: its title in lower-case ASCII words (accents dropped), then the year.
     * A title with no Latin letters or digits (e.g. Japanese) gets {@code film-} and a short hash of the title,
     * so it is still stable and unique.
     */
    public static String of(FilmName name) {
        String words = asciiWords(name.title());
        if (words.isEmpty()) {
            words = "film-" + shortHash(name.title());
        }
        return name.year().isPresent() ? words + "-" + name.year().getAsInt() : words;
    }

    /** Lower-case ASCII words of a text joined by '-', empty when it has none. */
    public static String asciiWords(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae")
                .replace("ø", "o").replace("Ø", "o").replace("œ", "oe").replace("Œ", "oe")
                .replace("&", " and ");
        String ascii = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String words = ascii.replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > MAX_WORDS_LENGTH) {
            words = words.substring(0, MAX_WORDS_LENGTH).replaceAll("-+$", "");
        }
        return words;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
