package io.cinechrome.site.page;

/**
 * A stretch of a film's timeline in words, the text alternative to the barcode.
 *
 * @param from   start, e.g. {@code 0:00}
 * @param to     end, e.g. {@code 17:02}
 * @param words  its main colours, e.g. {@code mostly teal and black}
 * @param colour the stretch's most common stripe colour, {@code #rrggbb}
 */
public record Chapter(String from, String to, String words, String colour) {

    public Chapter {
        Checks.text("chapter start", from);
        Checks.text("chapter end", to);
        Checks.text("chapter colours", words);
        Checks.text("chapter colour", colour);
    }

    /** The inline style naming the chapter's colour for its key ({@link SwatchView#COLOUR_PROPERTY}). */
    public String colourStyle() {
        return SwatchView.COLOUR_PROPERTY + ":" + colour;
    }
}
