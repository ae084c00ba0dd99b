package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import java.util.List;

/**
 * The films of one director or one year, with the page address part that names the group.
 *
 * @param label the director's name or the year
 * @param slug  the folder name under {@code directors/} or {@code years/}
 * @param films the group's films, oldest first
 */
record Group(String label, String slug, List<CatalogEntry> films) {

    Group {
        if (label == null || label.isBlank() || slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a group needs a label and a URL-safe slug: " + label + ", " + slug);
        }
        films = List.copyOf(films);
        if (films.isEmpty()) {
            throw new IllegalArgumentException("a group needs films: " + label);
        }
    }
}
