package io.cinechrome.site.browse;

import io.cinechrome.colour.WeightedLab;
import io.cinechrome.files.StateFile;
import io.cinechrome.site.PageStamps;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@link SimilarFilms} found in the last run, {@code .cinechrome-similar} in the site folder: for every film
 * the hash of its palette and its closest films with their distances. A film whose palette and whose closest films
 * are unchanged only needs comparing with the films that are new or changed since, which turns a re-run over a
 * large catalogue from a million palette comparisons into a few thousand. A missing, damaged or older file only
 * means every film is searched again. The file is a {@link StateFile}: its lines (a header, then a film, its
 * palette's hash and its closest films, by tabs) are deflated, to a third of their size, since it is published with
 * the site; plain text, as earlier versions wrote it, is still read.
 */
public final class SimilarMemory {

    /** The memory's file name in the site root. */
    public static final String FILE = ".cinechrome-similar";
    /** Bump when the distance or the order of similar films changes, so remembered answers are not reused. */
    public static final int VERSION = 2;
    private static final String HEADER = "cinechrome-similar " + VERSION + " count=" + SimilarFilms.COUNT;
    private static final char FIELD = '\t';
    private static final char PAIR = ' ';

    /**
     * One of a film's closest films.
     *
     * @param name     the other film's name (its slug)
     * @param distance their palettes' distance, exactly as computed
     */
    record Neighbour(String name, double distance) {
        Neighbour {
            if (name == null || name.isEmpty() || name.indexOf(FIELD) >= 0 || name.indexOf(PAIR) >= 0
                    || !(distance >= 0)) {
                throw new IllegalArgumentException("a similar film needs a name without blanks and a distance"
                        + " >= 0, not " + name + " at " + distance);
            }
        }
    }

    /**
     * What was found for one film.
     *
     * @param paletteKey the hash of the palette it was found for
     * @param nearest    the closest films, closest first
     */
    record Found(String paletteKey, List<Neighbour> nearest) {
        Found {
            if (paletteKey == null || paletteKey.isEmpty() || nearest == null) {
                throw new IllegalArgumentException("a remembered search needs its palette's hash and its films");
            }
            nearest = List.copyOf(nearest);
        }
    }

    private final Optional<Path> file;
    private final Map<String, Found> previous;
    private final Map<String, Found> current = new HashMap<>();

    private SimilarMemory(Optional<Path> file, Map<String, Found> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** A memory that knows nothing and keeps nothing (for one-off searches and tests). */
    static SimilarMemory none() {
        return new SimilarMemory(Optional.empty(), Map.of());
    }

    /** What the last run left in the site folder {@code root} (nothing when there is no readable memory). */
    public static SimilarMemory load(Path root) {
        Path path = root.resolve(FILE);
        Map<String, Found> found = new HashMap<>();
        try {
            Iterator<String> lines = StateFile.read(path).lines().iterator();
            if (lines.hasNext() && HEADER.equals(lines.next())) {
                lines.forEachRemaining(line -> parse(line, found));
            }
        } catch (IOException | RuntimeException e) {
            found.clear();
        }
        return new SimilarMemory(Optional.of(path), found);
    }

    private static void parse(String line, Map<String, Found> into) {
        String[] fields = line.split(String.valueOf(FIELD), -1);
        if (fields.length < 2) {
            throw new IllegalArgumentException("a damaged line in " + FILE + ": " + line);
        }
        List<Neighbour> nearest = new ArrayList<>();
        for (int i = 2; i < fields.length; i++) {
            int space = fields[i].indexOf(PAIR);
            nearest.add(new Neighbour(fields[i].substring(space + 1),
                    Double.parseDouble(fields[i].substring(0, space))));
        }
        into.put(fields[0], new Found(fields[1], nearest));
    }

    /** What the last run found for this film, if its palette was the same then. */
    Optional<Found> previous(String name, String paletteKey) {
        Found found = previous.get(name);
        return found != null && found.paletteKey().equals(paletteKey) ? Optional.of(found) : Optional.empty();
    }

    /** Whether the last run knew this film with this palette. */
    boolean knew(String name, String paletteKey) {
        return previous(name, paletteKey).isPresent();
    }

    /** Keeps what this run found for a film, for the next run. */
    void remember(String name, Found found) {
        current.put(name, found);
    }

    /** Writes what this run found, sorted by film, deflated, replacing the last run's memory. */
    public void save() {
        if (file.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(current).forEach((name, found) -> {
            text.append(name).append(FIELD).append(found.paletteKey());
            for (Neighbour neighbour : found.nearest()) {
                text.append(FIELD).append(Double.toString(neighbour.distance())).append(PAIR).append(neighbour.name());
            }
            text.append('\n');
        });
        StateFile.write(file.get(), text.toString());
    }

    /** The hash of a palette as the distances see it (every number exactly). */
    static String key(List<WeightedLab> palette) {
        StringBuilder text = new StringBuilder();
        for (WeightedLab colour : palette) {
            text.append(Double.toString(colour.lab().l())).append(',').append(Double.toString(colour.lab().a()))
                    .append(',').append(Double.toString(colour.lab().b())).append(',')
                    .append(Double.toString(colour.weight())).append(';');
        }
        return PageStamps.of(text.toString());
    }
}
