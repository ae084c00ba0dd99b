package io.cinechrome.analysis;

import io.cinechrome.analysis.decode.VideoColour;
import io.cinechrome.catalog.Act;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import java.util.List;

/**
 * What the analysis found in one film.
 *
 * @param durationSeconds the film's length
 * @param blackAndWhite   whether the film has (almost) no colour
 * @param palette         dominant colours, largest share first (greys dark to light for black and white)
 * @param stripes         one colour per equal time bin, in time order
 * @param framesSampled   how many frames were analysed
 * @param colour          how the video's pixels were read as colours (matrix, range, primaries, transfer)
 * @param acts            the film in equal acts, each with its own palette
 */
public record FilmAnalysis(double durationSeconds, boolean blackAndWhite, List<Swatch> palette, List<Rgb> stripes,
        int framesSampled, VideoColour colour, List<Act> acts) {

    public FilmAnalysis {
        acts = List.copyOf(acts);
        palette = List.copyOf(palette);
        stripes = List.copyOf(stripes);
        if (palette.isEmpty() || stripes.isEmpty() || framesSampled < 1 || colour == null) {
            throw new IllegalArgumentException("an analysis has a palette, stripes, at least one frame and its colour description");
        }
    }
}
