package io.cinechrome.site;

import io.cinechrome.site.page.Link;
import io.cinechrome.site.page.Pager;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long lists of films into static pages of {@link #PAGE_SIZE}: the first page keeps its address
 * ({@code by-year.html}, {@code directors/x/index.html}), the others add their number before the extension
 * ({@code by-year-2.html}, {@code directors/x/index-2.html}), in the same folder so relative links stay right.
 */
final class Paging {

    /** Films on one static page: keeps the first index page well under 150 KB of HTML at any size. */
    static final int PAGE_SIZE = 120;
    private static final String HTML = ".html";

    private Paging() {
    }

    /** How many pages {@code films} films take (at least one, even for none). */
    static int pages(int films) {
        return Math.max(1, (films + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The path of page {@code number} (from 1) of a list whose first page is {@code first}. */
    static String path(String first, int number) {
        if (!first.endsWith(HTML)) {
            throw new IllegalArgumentException("a paged list's first page must be an .html file: " + first);
        }
        return number == 1 ? first : first.substring(0, first.length() - HTML.length()) + "-" + number + HTML;
    }

    /** The films of page {@code number}. */
    static <T> List<T> slice(List<T> films, int number) {
        int from = Math.min(films.size(), (number - 1) * PAGE_SIZE);
        return films.subList(from, Math.min(films.size(), from + PAGE_SIZE));
    }

    /** The pager of page {@code number} of {@code pages}; links are file names in the page's own folder. */
    static Pager pager(String label, String first, int number, int pages) {
        if (pages <= 1) {
            return Pager.SINGLE;
        }
        List<Pager.PageNumber> numbers = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            numbers.add(new Pager.PageNumber(n, fileName(path(first, n)), n == number));
        }
        Link previous = number > 1 ? new Link(fileName(path(first, number - 1)), "Previous page") : Link.NONE;
        Link next = number < pages ? new Link(fileName(path(first, number + 1)), "Next page") : Link.NONE;
        return new Pager(label, numbers, previous, next);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
