package io.cinechrome.site.page;

import java.util.List;

/**
 * The numbered links of a list of films cut into static pages ("1 2 3 … next"), so every film is reachable by
 * plain links without JavaScript.
 *
 * @param label    what the navigation is called for screen readers ("Pages of films by year")
 * @param numbers  every page, one of them current; empty or one page means no pager is shown
 * @param previous the page before, or {@link Link#NONE} on the first
 * @param next     the page after, or {@link Link#NONE} on the last
 */
public record Pager(String label, List<PageNumber> numbers, Link previous, Link next) {

    /** No pages to show: everything fits on one. */
    public static final Pager SINGLE = new Pager("Pages", List.of(), Link.NONE, Link.NONE);

    public Pager {
        Checks.text("pager label", label);
        numbers = Checks.list("page numbers", numbers);
        Checks.notNull("previous page", previous);
        Checks.notNull("next page", next);
    }

    /** Whether there is more than one page, so the pager shows. */
    public boolean shown() {
        return numbers.size() > 1;
    }

    /** The current page's number, from 1. */
    public int current() {
        return numbers.stream().filter(PageNumber::current).mapToInt(PageNumber::number).findFirst().orElse(1);
    }

    /**
     * One numbered link.
     *
     * @param number  the page's number, from 1
     * @param href    relative address of the page
     * @param current whether it is the page shown
     */
    public record PageNumber(int number, String href, boolean current) {

        public PageNumber {
            if (number < 1) {
                throw new IllegalArgumentException("page numbers start at 1, was " + number);
            }
            Checks.text("page address", href);
        }
    }
}
