package io.cinechrome.site.page;

/**
 * A link with its text; an empty href means there is nowhere to go (the first film has no previous one).
 *
 * @param href  relative address, or empty
 * @param label the link's text
 */
public record Link(String href, String label) {

    /** The link that goes nowhere. */
    public static final Link NONE = new Link("", "");

    public Link {
        Checks.notNull("href", href);
        Checks.notNull("label", label);
    }

    /** Whether this link leads anywhere. */
    public boolean present() {
        return !href.isEmpty();
    }

    /** {@code dir="auto"} for a label with right-to-left text in it, else nothing ({@link Bidi}). */
    public String dir() {
        return Bidi.dir(label);
    }
}
