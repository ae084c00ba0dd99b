package io.cinechrome.site;

import io.cinechrome.library.Slugs;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.site.browse.ColourFamily;
import io.cinechrome.site.browse.FamilyGroup;
import io.cinechrome.site.browse.PaletteProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The films in every order the site shows them, and their directors and years.
 * Everything is sorted deterministically, so the same catalogue always gives the same site.
 */
final class Gallery {

    private final List<CatalogEntry> byTitle;
    private final Map<String, Integer> titleRanks = new HashMap<>();
    private final int[] yearRank;
    private final int[] directorRank;
    private final List<PaletteProfile> profiles;
    private final int[] hueRank;
    private final int[] lightnessRank;
    private final int[] colourfulnessRank;
    private final List<Group> directors;
    private final List<Group> years;
    private final Map<String, Integer> directorIndex = new HashMap<>();
    private final Map<Integer, Group> yearGroups = new HashMap<>();
    private final List<FamilyGroup> families;

    Gallery(List<CatalogEntry> films) {
        checkUnique(films);
        byTitle = films.stream().sorted(TitleOrder.byTitle()).toList();
        for (int i = 0; i < byTitle.size(); i++) {
            titleRanks.put(byTitle.get(i).slug(), i);
        }
        yearRank = ranks(TitleOrder.byYear());
        directorRank = ranks(TitleOrder.byDirector());
        profiles = byTitle.stream().map(PaletteProfile::of).toList();
        hueRank = colourRanks(PaletteProfile.byHue());
        lightnessRank = colourRanks(PaletteProfile.byLightness());
        colourfulnessRank = colourRanks(PaletteProfile.byColourfulness());
        directors = directorGroups();
        years = yearGroups();
        for (int i = 0; i < directors.size(); i++) {
            directorIndex.put(directors.get(i).label(), i);
        }
        years.forEach(group -> yearGroups.put(Integer.parseInt(group.label()), group));
        families = familyGroups();
    }

    /** All films by title. */
    List<CatalogEntry> byTitle() {
        return byTitle;
    }

    /** All films by year, then title. */
    List<CatalogEntry> byYear() {
        return inOrder(yearRank);
    }

    /** All films by director, then year and title. */
    List<CatalogEntry> byDirector() {
        return inOrder(directorRank);
    }

    /** All films by their dominant colour's hue, neutral ones last. */
    List<CatalogEntry> byHue() {
        return inOrder(hueRank);
    }

    /** All films from the darkest palette to the lightest. */
    List<CatalogEntry> byLightness() {
        return inOrder(lightnessRank);
    }

    /** All films from the most colourful palette to the least. */
    List<CatalogEntry> byColourfulness() {
        return inOrder(colourfulnessRank);
    }

    /** Every film's palette profile, in title order. */
    List<PaletteProfile> profiles() {
        return profiles;
    }

    /** A film's palette profile. */
    PaletteProfile profileOf(CatalogEntry film) {
        return profiles.get(titleRank(film));
    }

    /** A film's position in the hue order. */
    int hueRank(CatalogEntry film) {
        return hueRank[titleRank(film)];
    }

    /** A film's position in the lightness order. */
    int lightnessRank(CatalogEntry film) {
        return lightnessRank[titleRank(film)];
    }

    /** A film's position in the colourfulness order. */
    int colourfulnessRank(CatalogEntry film) {
        return colourfulnessRank[titleRank(film)];
    }

    /** The films of each colour family that has any, in the families' order; films by title within. */
    List<FamilyGroup> families() {
        return families;
    }

    private List<FamilyGroup> familyGroups() {
        List<FamilyGroup> groups = new ArrayList<>();
        for (ColourFamily family : ColourFamily.values()) {
            List<CatalogEntry> films = new ArrayList<>();
            for (int i = 0; i < byTitle.size(); i++) {
                if (profiles.get(i).families().contains(family)) {
                    films.add(byTitle.get(i));
                }
            }
            if (!films.isEmpty()) {
                groups.add(new FamilyGroup(family, films));
            }
        }
        return List.copyOf(groups);
    }

    /** A film's position in the title order. */
    int titleRank(CatalogEntry film) {
        Integer rank = titleRanks.get(film.slug());
        if (rank == null) {
            throw new IllegalArgumentException("not in this gallery: " + film.slug());
        }
        return rank;
    }

    /** A film's position in the year order. */
    int yearRank(CatalogEntry film) {
        return yearRank[titleRank(film)];
    }

    /** A film's position in the director order. */
    int directorRank(CatalogEntry film) {
        return directorRank[titleRank(film)];
    }

    /** Directors by name. */
    List<Group> directors() {
        return directors;
    }

    /** Years, oldest first. */
    List<Group> years() {
        return years;
    }

    /** The group of a film's director. */
    Optional<Group> directorOf(CatalogEntry film) {
        return film.director().map(directorIndex::get).map(directors::get);
    }

    /** The position of a film's director in {@link #directors()}, or -1 without one. */
    int directorIndex(CatalogEntry film) {
        return film.director().map(directorIndex::get).orElse(-1);
    }

    /** The group of a film's year. */
    Optional<Group> yearOf(CatalogEntry film) {
        return film.year().isPresent() ? Optional.ofNullable(yearGroups.get(film.year().getAsInt()))
                : Optional.empty();
    }

    private int[] ranks(Comparator<CatalogEntry> order) {
        return rank(Comparator.comparing(byTitle::get, order));
    }

    /** Ranks by a colour order, ties by title. */
    private int[] colourRanks(Comparator<PaletteProfile> order) {
        return rank(Comparator.comparing(profiles::get, order).thenComparingInt(i -> i));
    }

    /** Each film's place (by its index in title order) when the films are sorted by {@code order}. */
    private int[] rank(Comparator<Integer> order) {
        int[] positions = IntStream.range(0, byTitle.size()).boxed().sorted(order)
                .mapToInt(Integer::intValue).toArray();
        int[] rank = new int[positions.length];
        for (int place = 0; place < positions.length; place++) {
            rank[positions[place]] = place;
        }
        return rank;
    }

    private List<CatalogEntry> inOrder(int[] rank) {
        CatalogEntry[] ordered = new CatalogEntry[rank.length];
        for (int i = 0; i < rank.length; i++) {
            ordered[rank[i]] = byTitle.get(i);
        }
        return List.of(ordered);
    }

    private List<Group> directorGroups() {
        List<String> names = byTitle.stream().flatMap(f -> f.director().stream()).distinct()
                .sorted(TitleOrder.names()).toList();
        Map<String, List<CatalogEntry>> filmsOf = new HashMap<>();
        for (CatalogEntry film : byYear()) {
            film.director().ifPresent(name -> filmsOf.computeIfAbsent(name, key -> new ArrayList<>()).add(film));
        }
        Set<String> taken = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        for (String name : names) {
            String slug = unique(Slugs.of(name, "director"), taken);
            groups.add(new Group(name, slug, filmsOf.get(name)));
        }
        return List.copyOf(groups);
    }

    private List<Group> yearGroups() {
        Map<Integer, List<CatalogEntry>> filmsOf = new TreeMap<>();
        for (CatalogEntry film : byTitle) {
            film.year().ifPresent(year -> filmsOf.computeIfAbsent(year, key -> new ArrayList<>()).add(film));
        }
        return filmsOf.entrySet().stream().map(e -> new Group(Integer.toString(e.getKey()),
                Integer.toString(e.getKey()), e.getValue())).toList();
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static void checkUnique(List<CatalogEntry> films) {
        Set<String> slugs = new HashSet<>();
        for (CatalogEntry film : films) {
            if (!slugs.add(film.slug())) {
                throw new IllegalArgumentException("two films share the slug '" + film.slug()
                        + "': give one of them another slug in the catalogue");
            }
        }
    }
}
