package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.library.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library's collection folders as groups of films: every collection path and each of its parents
 * ({@code Criterion} and {@code Criterion / Westerns}), in path order, films by title.
 */
final class Collections {

    /** The gallery shows collections (filter and pages) only when the library has at least this many. */
    static final int MIN_SHOWN = 2;

    private Collections() {
    }

    /** The collections of the films given in title order; empty when there are fewer than {@link #MIN_SHOWN}. */
    static List<Group> of(List<CatalogEntry> byTitle) {
        Map<String, List<CatalogEntry>> films = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (CatalogEntry film : byTitle) {
            for (int depth = 1; depth <= film.collection().size(); depth++) {
                List<String> path = film.collection().subList(0, depth);
                String slug = slug(path);
                labels.putIfAbsent(slug, String.join(" / ", path));
                films.computeIfAbsent(slug, k -> new ArrayList<>()).add(film);
            }
        }
        if (films.size() < MIN_SHOWN) {
            return List.of();
        }
        return films.entrySet().stream().map(e -> new Group(labels.get(e.getKey()), e.getKey(), e.getValue()))
                .toList();
    }

    /** The slugs of a film's collection and its parents, space separated (what the index filter matches). */
    static String keysOf(CatalogEntry film) {
        List<String> keys = new ArrayList<>();
        for (int depth = 1; depth <= film.collection().size(); depth++) {
            keys.add(slug(film.collection().subList(0, depth)));
        }
        return String.join(" ", keys);
    }

    private static String slug(List<String> path) {
        return Slugs.of(String.join(" ", path), "collection");
    }
}
