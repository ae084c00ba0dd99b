package io.cinechrome.bench;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.catalog.Act;
import io.cinechrome.catalog.Catalog;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Source;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Writes a catalogue of N made-up films (fixed seed) shaped like analysed ones: 1,080 stripes in scenes whose colour
 * drifts from stripe to stripe (so nearly every stripe has its own colour), a 10-colour palette and five acts, for
 * timing {@code render} on a large library. Not a test:
 * {@code java -cp ... io.cinechrome.bench.SyntheticCatalog target/bench/catalog 1000}, then time
 * {@code java -jar target/cinechrome.jar render --catalog target/bench/catalog --site target/bench/site}.
 */
public final class SyntheticCatalog {

    private static final String[] WORDS = {"Night", "Blue", "Silent", "River", "Summer", "Glass", "Red", "Winter",
        "City", "Garden", "Last", "Paper", "Golden", "Empty", "Road", "Sea", "Ghost", "Light", "Stone", "Moon"};
    private static final String[] DIRECTORS = {"Mara Ellison", "Kenji Arakawa", "Ingrid Solberg", "Rafael Ortega",
        "Helena Duarte", "Élise Marchand", "佐藤葵", "Agnès Durand", "Paweł Nowak", "Lars Berg"};
    /** As many stripes as an analysis makes by default, each its own colour, as in a real film. */
    private static final int STRIPES = AnalysisSettings.DEFAULT_STRIPES;
    private static final int COLOURS = 10;
    private static final int ACTS = AnalysisSettings.DEFAULT_ACTS;
    private static final int ACT_COLOURS = 5;
    /** Scenes last this many stripes (at 1,080 stripes for two hours, 7 s to 3.5 min) ... */
    private static final int MIN_SCENE = 1;
    private static final int MAX_SCENE = 30;
    /** ... and their colour drifts by up to this much in each OKLab axis from one stripe to the next. */
    private static final double DRIFT = 0.01;

    private static final long SEED = 7;

    private SyntheticCatalog() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("wrote " + args[1] + " entries to " + args[0]);
    }

    /** Writes {@code count} made-up films (always the same ones) into the catalogue folder. */
    public static void write(Path folder, int count) throws java.io.IOException {
        Catalog catalog = new Catalog(folder);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < count; i++) {
            catalog.write(film(i, random));
        }
    }

    /** The first {@code count} of the films {@link #write} writes, in memory. */
    public static List<CatalogEntry> films(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<CatalogEntry> films = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            films.add(film(i, random));
        }
        return films;
    }

    static CatalogEntry film(int i, SplittableRandom random) {
        String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
        int year = 1930 + random.nextInt(95);
        List<OkLab> base = new ArrayList<>();
        for (int c = 0; c < COLOURS; c++) {
            base.add(new OkLab(0.2 + random.nextDouble() * 0.7, random.nextDouble() * 0.3 - 0.15,
                    random.nextDouble() * 0.3 - 0.15));
        }
        List<Rgb> stripes = new ArrayList<>();
        int[] seen = new int[COLOURS];
        int[][] seenPerAct = new int[ACTS][COLOURS];
        while (stripes.size() < STRIPES) {
            int scene = (stripes.size() * 7 / STRIPES + random.nextInt(3)) % COLOURS;
            int length = MIN_SCENE + random.nextInt(MAX_SCENE - MIN_SCENE + 1);
            OkLab at = base.get(scene);
            for (int s = 0; s < length && stripes.size() < STRIPES; s++) {
                at = new OkLab(Math.max(0, Math.min(1, at.l() + drift(random))), at.a() + drift(random),
                        at.b() + drift(random));
                seen[scene]++;
                seenPerAct[stripes.size() * ACTS / STRIPES][scene]++;
                stripes.add(at.toRgb());
            }
        }
        String slug = String.format(Locale.ROOT, "synthetic-%04d-%d", i, year);
        double duration = 5400 + random.nextInt(3600);
        List<Act> acts = new ArrayList<>();
        for (int a = 0; a < ACTS; a++) {
            acts.add(new Act(duration * a / ACTS, duration * (a + 1) / ACTS,
                    palette(base, seenPerAct[a], ACT_COLOURS)));
        }
        return new CatalogEntry(slug, title, OptionalInt.of(year),
                Optional.of(DIRECTORS[random.nextInt(DIRECTORS.length)]), duration, false,
                palette(base, seen, COLOURS), stripes, AnalysisSettings.defaults(),
                new Source(slug + ".mkv", 1, "2024-01-01T00:00:00Z", "sha256:00")).withActs(acts);
    }

    /** A small step of a scene's colour from one stripe to the next (light, camera, grading). */
    private static double drift(SplittableRandom random) {
        return (random.nextDouble() - 0.5) * 2 * DRIFT;
    }

    /** The {@code size} most seen base colours with their shares (rounded, summing to 1). */
    private static List<Swatch> palette(List<OkLab> base, int[] seen, int size) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < base.size(); c++) {
            order.add(c);
        }
        order.sort((x, y) -> seen[y] != seen[x] ? Integer.compare(seen[y], seen[x]) : Integer.compare(x, y));
        List<Integer> kept = order.subList(0, size);
        double total = kept.stream().mapToInt(c -> Math.max(1, seen[c])).sum();
        List<Swatch> palette = new ArrayList<>();
        double left = 1;
        for (int k = 0; k < size; k++) {
            int c = kept.get(k);
            double share = k == size - 1 ? left : Math.round(Math.max(1, seen[c]) / total * 1e4) / 1e4;
            left = Math.round((left - share) * 1e4) / 1e4;
            palette.add(new Swatch(base.get(c).toRgb(), share));
        }
        return palette;
    }
}
