package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Draws the sample films into a site folder to look at: {@code java ... RenderSamples target/samples}. */
public final class RenderSamples {

    private RenderSamples() {
    }

    /** Renders the samples into the folder given as the first argument. */
    public static void main(String[] args) {
        List<CatalogEntry> films = new ArrayList<>(List.of(SampleFilms.sunset(), SampleFilms.noir(),
                SampleFilms.spiritedAway(), SampleFilms.longTitle(), SampleFilms.hostile()));
        films.addAll(SampleFilms.scripts());
        long start = System.nanoTime();
        RenderReport report = new PosterStage(RenderSettings.defaults()).renderAll(films, Path.of(args[0]));
        System.out.println(report + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
