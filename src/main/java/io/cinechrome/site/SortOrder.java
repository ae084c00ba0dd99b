package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import java.util.List;

/** The orders of the gallery's index, each with a static page so sorting works without JavaScript. */
enum SortOrder {
    /** By title, ignoring leading articles and accents. */
    TITLE("title", "index.html", "Title"),
    /** By year, then title. */
    YEAR("year", "by-year.html", "Year"),
    /** By director, then year and title. */
    DIRECTOR("director", "by-director.html", "Director"),
    /** By the dominant colour's hue, red to pink; films dominated by a neutral colour last, dark to light. */
    HUE("hue", "by-hue.html", "Hue"),
    /** By the palette's mean lightness, darkest first. */
    LIGHTNESS("lightness", "by-lightness.html", "Lightness"),
    /** By the palette's mean chroma, most colourful first. */
    COLOURFULNESS("colourfulness", "by-colourfulness.html", "Colourfulness");

    private final String key;
    private final String page;
    private final String label;

    SortOrder(String key, String page, String label) {
        this.key = key;
        this.page = page;
        this.label = label;
    }

    /** The name the page's script and the cards' {@code data-*-rank} attributes use. */
    String key() {
        return key;
    }

    /** The static page, relative to the site root. */
    String page() {
        return page;
    }

    /** The visible name. */
    String label() {
        return label;
    }

    /** The address for links and the sitemap: the site root itself for the default order. */
    String address() {
        return this == TITLE ? "" : page;
    }

    /** The films in this order. */
    List<CatalogEntry> films(Gallery gallery) {
        return switch (this) {
            case TITLE -> gallery.byTitle();
            case YEAR -> gallery.byYear();
            case DIRECTOR -> gallery.byDirector();
            case HUE -> gallery.byHue();
            case LIGHTNESS -> gallery.byLightness();
            case COLOURFULNESS -> gallery.byColourfulness();
        };
    }
}
