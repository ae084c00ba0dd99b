package io.cinechrome.site.page;

import java.util.List;

/**
 * A director or year in the list of all of them.
 *
 * @param href  relative address of its page
 * @param label the name or the year
 * @param count e.g. "3 films"
 * @param strip the dominant colour of each of its films, for a colour strip
 */
public record GroupEntry(String href, String label, String count, List<SwatchView> strip) {

    public GroupEntry {
        Checks.text("group address", href);
        Checks.text("group label", label);
        Checks.text("film count", count);
        strip = Checks.list("colour strip", strip);
    }

    /** The strip's inline style: its colours side by side, equally wide ({@link ColourStrip#equal}). */
    public String stripStyle() {
        return ColourStrip.equal(strip);
    }

    /** Whether the label needs {@code dir="auto"} ({@link Bidi}). */
    public boolean labelRightToLeft() {
        return Bidi.hasRightToLeft(label);
    }
}
