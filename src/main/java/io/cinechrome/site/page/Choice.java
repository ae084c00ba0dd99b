package io.cinechrome.site.page;

/**
 * One option of a filter's list.
 *
 * @param value what the script matches against the cards' data, e.g. {@code 1990} or {@code michael-mann}
 * @param label the visible text, e.g. "1990s (3)"
 */
public record Choice(String value, String label) {

    public Choice {
        Checks.text("choice value", value);
        Checks.text("choice label", label);
    }
}
