package io.cinechrome.render;

import io.cinechrome.bench.SyntheticCatalog;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.svg.SvgUses;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Not a test: where a cold render's image time goes. Renders N films shaped like analysed ones (see
 * {@link SyntheticCatalog}: 1,080 drifting stripes) with the poster stage on its threads into a fresh folder and
 * prints the wall time; then, on one thread and after {@value #WARM_UP} films to warm the JIT up, how long each
 * image takes per film to build as SVG, to draw (Batik) and to encode as PNG. Run it from the project folder:
 * <pre>mvn -o -q package -DskipTests -Dcinechrome.skipGallery=true
 * java -cp target/test-classes:target/cinechrome.jar io.cinechrome.render.RenderBenchmark [films] [threads]</pre>
 */
public final class RenderBenchmark {

    private static final int DEFAULT_FILMS = 100;
    /** Films drawn before the one-thread timing starts. */
    private static final int WARM_UP = 20;
    private static final double MILLIS = 1e6;

    private RenderBenchmark() {
    }

    /** Renders the films and prints the times. */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_FILMS;
        RenderSettings settings = args.length > 1
                ? RenderSettings.defaults().withThreads(Integer.parseInt(args[1])) : RenderSettings.defaults();
        List<CatalogEntry> films = SyntheticCatalog.films(count);
        Path site = Files.createTempDirectory("cinechrome-benchmark");
        long start = System.nanoTime();
        RenderReport report = new PosterStage(settings).renderAll(films, site);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "poster stage: %d films with %d threads: %.1f s wall, %.0f ms per film; %s in %s%n",
                count, settings.threads(), seconds, seconds * 1000 / count, report, site);
        perImage(films, settings);
    }

    /** Times each drawing of every film after the first {@link #WARM_UP}, on this thread. */
    private static void perImage(List<CatalogEntry> films, RenderSettings settings) {
        FilmImages images = new FilmImages(settings);
        Map<String, long[]> nanos = new TreeMap<>();
        long building = 0;
        int timed = 0;
        for (int i = 0; i < films.size(); i++) {
            boolean warm = i >= WARM_UP;
            timed += warm ? 1 : 0;
            long built = System.nanoTime();
            List<FilmImages.Drawing> drawings = images.drawings(films.get(i));
            long buildTime = System.nanoTime() - built;
            for (FilmImages.Drawing drawing : drawings) {
                long t0 = System.nanoTime();
                BufferedImage image = BatikTranscoder.draw(SvgUses.inlined(drawing.svg()), drawing.size().width(),
                        drawing.size().height());
                long t1 = System.nanoTime();
                BatikTranscoder.encode(image, drawing.lossless());
                long t2 = System.nanoTime();
                if (warm) {
                    long[] sum = nanos.computeIfAbsent(Path.of(drawing.pngPath()).getFileName().toString(),
                            name -> new long[2]);
                    sum[0] += t1 - t0;
                    sum[1] += t2 - t1;
                }
            }
            building += warm ? buildTime : 0;
        }
        print(nanos, building, timed);
    }

    private static void print(Map<String, long[]> nanos, long building, int films) {
        if (films == 0) {
            System.out.println("per image: give more than " + WARM_UP + " films");
            return;
        }
        System.out.printf(Locale.ROOT, "per film, one thread, %d films timed after %d:%n", films, WARM_UP);
        System.out.printf(Locale.ROOT, "  %-20s %6.1f ms%n", "building the SVGs", building / MILLIS / films);
        long total = building;
        for (Map.Entry<String, long[]> entry : nanos.entrySet()) {
            long[] sum = entry.getValue();
            total += sum[0] + sum[1];
            System.out.printf(Locale.ROOT, "  %-20s draw %6.1f ms  encode %6.1f ms%n", entry.getKey(),
                    sum[0] / MILLIS / films, sum[1] / MILLIS / films);
        }
        System.out.printf(Locale.ROOT, "  %-20s %6.1f ms%n", "all", total / MILLIS / films);
    }
}
