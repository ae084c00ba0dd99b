package io.cinechrome.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable, URL-safe slugs: {@code heat-1995}, {@code amelie-2001}, {@code agnes-varda}. */
public final class Slugs {

    private static final int MAX_LENGTH = 60;
    private static final int HASH_BYTES = 4;
    /** Latin letters that Unicode does not decompose into a base letter and an accent. */
    private static final String[][] LETTERS = {
        {"ł", "l"}, {"Ł", "L"}, {"ø", "o"}, {"Ø", "O"}, {"đ", "d"}, {"Đ", "D"}, {"ð", "d"}, {"Ð", "D"},
        {"ß", "ss"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"}, {"þ", "th"}, {"Þ", "TH"}, {"ı", "i"},
        {"&", " and "}, {"'", ""}, {"\u2019", ""},
    };

    private Slugs() {
    }

    /**
     * The base slug of a film: its title's slug (prefix {@code film}), then the year. Clashes are numbered by
     * the scanner.
     */
    public static String of(FilmName name) {
        String words = of(name.title(), "film");
        return name.year().isPresent() ? words + "-" + name.year().getAsInt() : words;
    }

    /**
     * Lower-case ASCII words joined by '-': "Agnès Varda" becomes {@code agnes-varda}. A name without Latin
     * letters or digits ("宮崎駿") becomes {@code <prefix>-<8 hex digits of its SHA-256>}, stable across runs.
     */
    public static String of(String name, String prefix) {
        String latin = name;
        for (String[] letter : LETTERS) {
            latin = latin.replace(letter[0], letter[1]);
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-$", "");
        }
        return ascii.isEmpty() ? prefix + "-" + hash(name) : ascii;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256, which every Java must have", e);
        }
    }
}
