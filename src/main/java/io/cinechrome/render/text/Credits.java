package io.cinechrome.render.text;

import io.cinechrome.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The small line under a title: year and director, in capitals. */
public final class Credits {

    private static final String SEPARATOR = "  \u00b7  ";

    private Credits() {
    }

    /** {@code 1995 · MICHAEL MANN}, or empty when the entry has neither. */
    public static Optional<String> of(CatalogEntry entry) {
        List<String> parts = new ArrayList<>();
        entry.year().ifPresent(year -> parts.add(Integer.toString(year)));
        entry.director().map(TitleLayout::normalise).filter(d -> !d.isEmpty()).ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(SEPARATOR, parts).toUpperCase(Locale.ROOT));
    }
}
