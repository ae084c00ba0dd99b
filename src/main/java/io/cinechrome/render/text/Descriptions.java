package io.cinechrome.render.text;

import io.cinechrome.catalog.CatalogEntry;

/** The accessible titles ({@code <title>}) of the SVG documents. */
public final class Descriptions {

    private Descriptions() {
    }

    /** "Heat (1995): colour fingerprint". */
    public static String poster(CatalogEntry entry) {
        return film(entry) + ": colour fingerprint";
    }

    /** "Heat (1995): colour palette". */
    public static String palette(CatalogEntry entry) {
        return film(entry) + ": colour palette";
    }

    /** "Heat (1995): colour barcode". */
    public static String barcode(CatalogEntry entry) {
        return film(entry) + ": colour barcode";
    }

    /** "Heat (1995): colour fingerprint and palette". */
    public static String social(CatalogEntry entry) {
        return film(entry) + ": colour fingerprint and palette";
    }

    private static String film(CatalogEntry entry) {
        String title = TitleLayout.normalise(entry.title());
        return entry.year().isPresent() ? title + " (" + entry.year().getAsInt() + ")" : title;
    }
}
