package io.cinechrome.site.browse;

import io.cinechrome.catalog.CatalogEntry;
import java.util.List;

/**
 * The films of one colour family.
 *
 * @param family the family
 * @param films  its films by title, never empty
 */
public record FamilyGroup(ColourFamily family, List<CatalogEntry> films) {

    public FamilyGroup {
        if (family == null) {
            throw new IllegalArgumentException("a family group needs a family");
        }
        films = List.copyOf(films);
        if (films.isEmpty()) {
            throw new IllegalArgumentException("a family group needs films: " + family);
        }
    }

    /** The folder of its page: {@code colours/<family>/}. */
    public String page() {
        return "colours/" + family.slug() + "/";
    }
}
