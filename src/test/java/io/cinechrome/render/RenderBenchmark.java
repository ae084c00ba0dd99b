package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: renders 100 films (poster, thumbnail, palette card, barcode, social preview; SVG and PNG) into a
 * fresh folder and prints the wall time. Run it from the project folder after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<dependencies> io.cinechrome.render.RenderBenchmark [films] [threads]}.
 */
public final class RenderBenchmark {

    private static final int DEFAULT_FILMS = 100;
    private static final String[] KEYS = {"#0b1d3a", "#8e2f5c", "#f08a2c", "#f7c65a", "#2b6f77", "#9cc18a",
        "#101010", "#d9d9d9", "#a34d3b", "#243a5e"};

    private RenderBenchmark() {
    }

    /** Renders the films and prints how long it took. */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_FILMS;
        RenderSettings settings = args.length > 1
                ? RenderSettings.defaults().withThreads(Integer.parseInt(args[1])) : RenderSettings.defaults();
        List<CatalogEntry> films = films(count);
        Path site = Files.createTempDirectory("cinechrome-benchmark");
        long start = System.nanoTime();
        RenderReport report = new PosterStage(settings).renderAll(films, site);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d films (9 files each) with %d threads: %.1f s wall, %.0f ms per film; %s in %s%n",
                count, settings.threads(), seconds, seconds * 1000 / count, report, site);
    }

    private static List<CatalogEntry> films(int count) {
        List<CatalogEntry> films = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] keys = {KEYS[i % KEYS.length], KEYS[(i * 3 + 1) % KEYS.length], KEYS[(i * 7 + 2) % KEYS.length],
                KEYS[(i + 5) % KEYS.length]};
            films.add(SampleFilms.entry("film-" + i, "Benchmark Film Number " + i, 1950 + i % 70, "Director " + i,
                    false, SampleFilms.gradient(keys)));
        }
        return films;
    }
}
