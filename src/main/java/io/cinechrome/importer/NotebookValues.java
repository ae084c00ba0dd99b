package io.cinechrome.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the notebook's loosely typed values: booleans stored several ways, years stored as text. */
final class NotebookValues {

    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})(?:\\D.*)?$");
    private static final int FIRST_FILM_YEAR = 1870;
    private static final int LAST_PLAUSIBLE_YEAR = 2200;
    private static final Set<String> TRUE_WORDS = Set.of("1", "true", "t", "yes", "y");

    private NotebookValues() {
    }

    /**
     * A stored boolean: a number (0/1), a one-byte blob (its byte, 0 or 1, or the character '0'/'1'), text
     * ("true", "1") or a JSON boolean. Anything else, NULL included, is false.
     */
    static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof byte[] bytes) {
            if (bytes.length != 1) {
                return false;
            }
            return bytes[0] != 0 && bytes[0] != '0';
        }
        if (value instanceof String text) {
            return TRUE_WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** The year of a stored text such as "1995", "1995.0" or "1995-12-15"; empty for NULL or anything else. */
    static OptionalInt year(Optional<String> text) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(text.get());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year < FIRST_FILM_YEAR || year > LAST_PLAUSIBLE_YEAR ? OptionalInt.empty() : OptionalInt.of(year);
    }
}
