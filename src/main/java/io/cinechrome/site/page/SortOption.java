package io.cinechrome.site.page;

/**
 * One way to sort the index, with the static page that shows it.
 *
 * @param key     {@code title}, {@code year} or {@code director}; matches the cards' {@code data-*} ranks
 * @param href    the page sorted this way ({@code index.html}, {@code by-year.html}, ...)
 * @param label   the visible name
 * @param current whether this page is sorted this way
 */
public record SortOption(String key, String href, String label, boolean current) {

    public SortOption {
        Checks.text("sort key", key);
        Checks.text("sort page", href);
        Checks.text("sort label", label);
    }
}
