package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stamp of every film's catalogue entry (all its fields), made once a run: the run's stamp, and the inputs of
 * each film's page and palette files, are told from these instead of the entries' texts.
 */
final class EntryStamps {

    private final Map<String, String> bySlug = new HashMap<>();

    /** Stamps the entries; slugs must be unique. */
    EntryStamps(List<CatalogEntry> films) {
        // An entry's text holds its stripes as a digest (see CatalogEntry#stripesDigest), but 10,000 are still
        // worth every core.
        List<String> stamps = films.parallelStream().map(film -> PageStamps.of(film.toString())).toList();
        for (int i = 0; i < films.size(); i++) {
            CatalogEntry film = films.get(i);
            if (bySlug.put(film.slug(), stamps.get(i)) != null) {
                throw new IllegalArgumentException("two films share the slug '" + film.slug()
                        + "': give one of them another slug in the catalogue");
            }
        }
    }

    /** The stamp of a film's entry. */
    String of(CatalogEntry film) {
        String stamp = bySlug.get(film.slug());
        if (stamp == null) {
            throw new IllegalArgumentException("not one of the stamped films: " + film.slug());
        }
        return stamp;
    }
}
