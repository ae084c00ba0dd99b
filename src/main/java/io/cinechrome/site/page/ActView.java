package io.cinechrome.site.page;

import java.util.List;

/**
 * One act of a film as its page shows it, under the timeline.
 *
 * @param number  1 for the first act
 * @param from    where it starts ({@code 0:00})
 * @param to      where it ends
 * @param words   its palette in words
 * @param palette its colours, largest share first
 */
public record ActView(int number, String from, String to, String words, List<SwatchView> palette) {

    public ActView {
        Checks.text("act start", from);
        Checks.text("act end", to);
        Checks.text("act colour words", words);
        palette = Checks.list("act palette", palette);
    }
}
