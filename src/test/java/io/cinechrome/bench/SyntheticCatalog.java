package io.cinechrome.bench;

import io.cinechrome.analysis.AnalysisSettings;
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
 * Writes a catalogue of N made-up films (fixed seed) for timing {@code render} on a large library. Not a test:
 * {@code java -cp ... io.cinechrome.bench.SyntheticCatalog target/bench/catalog 1000}, then time
 * {@code java -jar target/cinechrome.jar render --catalog target/bench/catalog --site target/bench/site}.
 */
public final class SyntheticCatalog {

    private static final String[] WORDS = {"Night", "Blue", "Silent", "River", "Summer", "Glass", "Red", "Winter",
        "City", "Garden", "Last", "Paper", "Golden", "Empty", "Road", "Sea", "Ghost", "Light", "Stone", "Moon"};
    private static final String[] DIRECTORS = {"Mara Ellison", "Kenji Arakawa", "Ingrid Solberg", "Rafael Ortega",
        "Helena Duarte", "Élise Marchand", "佐藤葵", "Agnès Durand", "Paweł Nowak", "Lars Berg"};
    private static final int STRIPES = 240;
    private static final int COLOURS = 10;

    private SyntheticCatalog() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("wrote " + args[1] + " entries to " + args[0]);
    }

    /** Writes {@code count} made-up films (always the same ones) into the catalogue folder. */
    public static void write(Path folder, int count) throws java.io.IOException {
        Catalog catalog = new Catalog(folder);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < count; i++) {
            catalog.write(film(i, random));
        }
    }

    static CatalogEntry film(int i, SplittableRandom random) {
        String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
        int year = 1930 + random.nextInt(95);
        List<Rgb> base = new ArrayList<>();
        for (int c = 0; c < COLOURS; c++) {
            base.add(new OkLab(0.2 + random.nextDouble() * 0.7, random.nextDouble() * 0.3 - 0.15,
                    random.nextDouble() * 0.3 - 0.15).toRgb());
        }
        List<Swatch> palette = new ArrayList<>();
        double left = 1;
        for (int c = 0; c < COLOURS; c++) {
            double share = c == COLOURS - 1 ? left : Math.round(left * (0.2 + random.nextDouble() * 0.3) * 1e4) / 1e4;
            left = Math.round((left - share) * 1e4) / 1e4;
            palette.add(new Swatch(base.get(c), share));
        }
        palette.sort((x, y) -> Double.compare(y.share(), x.share()));
        List<Rgb> stripes = new ArrayList<>();
        for (int s = 0; s < STRIPES; s++) {
            stripes.add(base.get((s * 7 / STRIPES + random.nextInt(2)) % COLOURS));
        }
        String slug = String.format(Locale.ROOT, "synthetic-%04d-%d", i, year);
        return new CatalogEntry(slug, title, OptionalInt.of(year),
                Optional.of(DIRECTORS[random.nextInt(DIRECTORS.length)]), 5400 + random.nextInt(3600), false,
                palette, stripes, AnalysisSettings.defaults(),
                new Source(slug + ".mkv", 1, "2024-01-01T00:00:00Z", "sha256:00"));
    }
}
