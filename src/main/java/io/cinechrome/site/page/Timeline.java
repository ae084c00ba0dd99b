package io.cinechrome.site.page;

import java.util.List;

/**
 * The barcode as a timeline: the image, the data the script needs to tell the time under the pointer, and the
 * same information in words.
 *
 * @param barcode  the barcode image
 * @param duration the film's length in whole seconds, for the script
 * @param stripes  the stripe colours in time order, joined by spaces, for the script; empty when the film has
 *                 no stripes (an imported palette), and then the timeline is not shown
 * @param chapters the timeline in a few stretches, in words
 * @param inPrints whether the script takes the stripes from the film's print sources instead (a gallery that
 *                 leaves print files to the browser, which holds the stripes there once)
 */
public record Timeline(Image barcode, long duration, String stripes, List<Chapter> chapters, boolean inPrints) {

    public Timeline {
        Checks.notNull("barcode", barcode);
        Checks.notNull("stripes", stripes);
        chapters = Checks.list("chapters", chapters);
        if (duration < 0) {
            throw new IllegalArgumentException("a duration must not be negative: " + duration);
        }
    }

    /** A timeline whose stripes are in the page. */
    public Timeline(Image barcode, long duration, String stripes, List<Chapter> chapters) {
        this(barcode, duration, stripes, chapters, false);
    }

    /** Whether the film has stripes to show as a timeline. */
    public boolean shown() {
        return !stripes.isEmpty();
    }

    /** The stripes for the page's {@code data-stripes}, or nothing when the script takes them from elsewhere. */
    public String stripesAttribute() {
        return inPrints ? null : stripes;
    }
}
