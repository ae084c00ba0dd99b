package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The orders the gallery lists films in. Titles sort by their words after a leading article
 * ("The Matrix" under M, "L'Atalante" under A) and ignore accents and case; ties fall back to the full title and
 * the slug, so the order is the same on every machine.
 */
public final class TitleOrder {

    /**
     * Leading articles in English, French, German, Spanish and Italian, followed by a space or an apostrophe.
     * German "Die" is left out: it is an English word too ("Die Hard" belongs under D).
     */
    private static final Pattern LEADING_ARTICLE = Pattern.compile(
            "^(?:(?:the|an?|les?|la|une?|der|das|ein|eine|el|los|las|il|gli)\\s+|l['\u2019])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TitleOrder() {
    }

    /** The part of a title it is sorted by: without a leading article, unless the title is only that. */
    public static String sortKey(String title) {
        String normalized = Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
        String rest = LEADING_ARTICLE.matcher(normalized).replaceFirst("");
        return rest.isBlank() ? normalized : rest;
    }

    /** By title, ignoring leading articles, accents and case. */
    public static Comparator<CatalogEntry> byTitle() {
        Comparator<String> primary = collator(Collator.PRIMARY);
        Comparator<String> tertiary = collator(Collator.TERTIARY);
        Map<String, String> sortKeys = new ConcurrentHashMap<>();
        return Comparator.comparing((CatalogEntry e) -> sortKeys.computeIfAbsent(e.title(), TitleOrder::sortKey),
                        primary)
                .thenComparing(CatalogEntry::title, tertiary)
                .thenComparing(CatalogEntry::title)
                .thenComparing(CatalogEntry::slug);
    }

    /** By year, oldest first, films without a year last; then by title. */
    public static Comparator<CatalogEntry> byYear() {
        Comparator<CatalogEntry> year = Comparator.comparingInt(e -> e.year().orElse(Integer.MAX_VALUE));
        return year.thenComparing(byTitle());
    }

    /** By director's name, films without a director last; then by year and title. */
    public static Comparator<CatalogEntry> byDirector() {
        Comparator<CatalogEntry> director = Comparator.comparing((CatalogEntry e) -> e.director().isEmpty())
                .thenComparing(e -> e.director().orElse(""), names());
        return director.thenComparing(byYear());
    }

    /** Compares names (directors) the way titles compare, without dropping articles. */
    public static Comparator<String> names() {
        return collator(Collator.PRIMARY).thenComparing(collator(Collator.TERTIARY))
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * Compares by the collator's keys, each made once per string and kept by this comparator: sorting n titles
     * then collates n strings instead of n log n pairs.
     */
    private static Comparator<String> collator(int strength) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(strength);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        Map<String, CollationKey> keys = new ConcurrentHashMap<>();
        return Comparator.comparing(text -> keys.computeIfAbsent(text, key -> {
            synchronized (collator) {
                return collator.getCollationKey(key);
            }
        }));
    }
}
