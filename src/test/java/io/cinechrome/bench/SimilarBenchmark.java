package io.cinechrome.bench;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.WeightedLab;
import io.cinechrome.site.browse.PaletteProfile;
import io.cinechrome.site.browse.SimilarFilms;
import io.cinechrome.site.browse.SimilarMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Times the similar-films search alone over {@link SyntheticCatalog}'s first N films, without a memory of earlier
 * runs (as in a cold render), and prints a hash of every film's answer: a faster search must print the same hash.
 * Arguments: the number of films (1,000), how many runs in one JVM (1).
 */
public final class SimilarBenchmark {

    private SimilarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<CatalogEntry> films = SyntheticCatalog.films(count).stream()
                .sorted(Comparator.comparing(CatalogEntry::slug)).toList();
        List<String> names = films.stream().map(CatalogEntry::slug).toList();
        List<List<WeightedLab>> palettes = films.stream().map(film -> PaletteProfile.of(film).colours()).toList();
        for (int run = 1; run <= runs; run++) {
            Path empty = Files.createTempDirectory("similar-benchmark");
            long start = System.nanoTime();
            SimilarFilms similar = new SimilarFilms(names, palettes, SimilarMemory.load(empty));
            similar.findAll();
            StringBuilder answers = new StringBuilder();
            for (int i = 0; i < count; i++) {
                answers.append(similar.of(i)).append('\n');
            }
            System.out.printf(Locale.ROOT, "run %d: %d films in %.1f s, answers hash %08x%n", run, count,
                    (System.nanoTime() - start) / 1e9, answers.toString().hashCode());
            Files.delete(empty);
        }
    }
}
