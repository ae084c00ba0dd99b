package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.Downloads;
import io.cinechrome.render.ImageFiles;
import io.cinechrome.render.RenderSettings;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.site.browse.ColourFamily;
import io.cinechrome.site.browse.FamilyGroup;
import io.cinechrome.site.browse.PaletteProfile;
import io.cinechrome.site.browse.SimilarFilms;
import io.cinechrome.site.browse.SimilarMemory;
import io.cinechrome.site.page.Choice;
import io.cinechrome.site.page.Chrome;
import io.cinechrome.site.page.ColourPage;
import io.cinechrome.site.page.FamilyChip;
import io.cinechrome.site.page.FilmCard;
import io.cinechrome.site.page.FilmPage;
import io.cinechrome.site.page.GroupEntry;
import io.cinechrome.site.page.GroupIndexPage;
import io.cinechrome.site.page.GroupPage;
import io.cinechrome.site.page.Head;
import io.cinechrome.site.page.IndexPage;
import io.cinechrome.site.page.Link;
import io.cinechrome.site.page.NotFoundPage;
import io.cinechrome.site.page.SortOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Plans every page of the site: its path, its template and its model. */
final class PageModels {

    private static final String TOP = "./";
    private static final String FILM_ROOT = "../../";
    /**
     * The root pages' cards link to {@code films/heat-1995/} and {@code img/heat-1995/...}: the same addresses as
     * with {@code ./} in front, four bytes shorter on a card that some eighteen pages show.
     */
    private static final String CARD_ROOT = "";
    /** The films' folder seen from a film page, whose similar films are its sibling folders ({@code ../heat-1995/}). */
    private static final String SIBLING_FILMS = "../";
    private static final String INDEX_ROBOTS = Head.CRAWLER_DEFAULT;
    private static final String COLOURS = "colours/";
    private static final int DECADE = 10;
    private static final String COLLECTIONS = "collections/";
    /** Swatches a group shows on the directors, years and colours pages, so they stay small at any size. */
    static final int GROUP_SWATCHES = 48;

    private final SiteSettings settings;
    private final EntryStamps entries;
    private final Gallery gallery;
    private final SimilarFilms similar;
    private final List<Group> collections;
    private final Map<String, FilmCard> madeCards = new HashMap<>();

    PageModels(SiteSettings settings, Gallery gallery, SimilarMemory memory, EntryStamps entries) {
        this.settings = settings;
        this.entries = entries;
        this.gallery = gallery;
        this.similar = new SimilarFilms(gallery.byTitle().stream().map(CatalogEntry::slug).toList(),
                gallery.profiles().stream().map(PaletteProfile::colours).toList(), memory);
        this.collections = Collections.of(gallery.byTitle());
    }

    /** Every page, in a fixed order, handed to {@code sink} one by one as it is planned (nothing is kept). */
    void each(Consumer<PagePlan> sink) {
        // Every film page's inputs name its similar films: all are found first, on every core.
        similar.findAll();
        String shared = indexShared();
        for (SortOrder order : SortOrder.values()) {
            List<CatalogEntry> films = order.films(gallery);
            int pages = Paging.pages(films.size());
            for (int n = 1; n <= pages; n++) {
                int number = n;
                sink.accept(new PagePlan(Paging.path(order.page(), n), "index",
                        listInputs(shared + "\norder=" + order.key(), List.of(), films, n, pages),
                        () -> index(order, films, number, pages)));
            }
        }
        List<CatalogEntry> films = gallery.byTitle();
        for (int i = 0; i < films.size(); i++) {
            int index = i;
            sink.accept(new PagePlan(FilmViews.page(films.get(i)) + "index.html", "film", filmInputs(i),
                    () -> film(index)));
        }
        sink.accept(PagePlan.of("directors/index.html", "directors", directors()));
        for (Group director : gallery.directors()) {
            String first = "directors/" + director.slug() + "/index.html";
            int pages = Paging.pages(director.films().size());
            for (int n = 1; n <= pages; n++) {
                int number = n;
                sink.accept(new PagePlan(Paging.path(first, n), "director",
                        listInputs("director=" + director.label(), director.films(), director.films(), n, pages),
                        () -> director(director, number, pages)));
            }
        }
        sink.accept(PagePlan.of("years/index.html", "years", years()));
        for (Group year : gallery.years()) {
            String first = "years/" + year.slug() + "/index.html";
            int pages = Paging.pages(year.films().size());
            for (int n = 1; n <= pages; n++) {
                int number = n;
                sink.accept(new PagePlan(Paging.path(first, n), "year",
                        listInputs("year=" + year.label(), year.films(), year.films(), n, pages),
                        () -> year(year, number, pages)));
            }
        }
        sink.accept(PagePlan.of(COLOURS + "index.html", "colours", colours()));
        for (FamilyGroup family : gallery.families()) {
            String first = family.page() + "index.html";
            int pages = Paging.pages(family.films().size());
            for (int n = 1; n <= pages; n++) {
                int number = n;
                sink.accept(new PagePlan(Paging.path(first, n), "colour",
                        listInputs("family=" + family.family() + "\nchips=" + chips(FILM_ROOT, family.family()),
                                List.of(), family.films(), n, pages),
                        () -> family(family, number, pages)));
            }
        }
        for (Group collection : collections) {
            String first = COLLECTIONS + collection.slug() + "/index.html";
            int pages = Paging.pages(collection.films().size());
            for (int n = 1; n <= pages; n++) {
                int number = n;
                sink.accept(new PagePlan(Paging.path(first, n), "collection",
                        listInputs("collection=" + collection.label(), collection.films(), collection.films(), n,
                                pages),
                        () -> collection(collection, number, pages)));
            }
        }
        sink.accept(PagePlan.of("404.html", "404", notFound()));
    }

    /**
     * What every index page shows besides its own films: the counts and span of the gallery, the family chips and
     * the filters' choices.
     */
    private String indexShared() {
        return "intro=" + intro() + "\nchips=" + chips(TOP, null) + "\ndecades=" + decades() + "\ndirectors="
                + directorChoices() + "\ncollections=" + collectionChoices() + "\nfilms=" + gallery.byTitle().size();
    }

    /**
     * Everything a page of a list of films is made from besides the code and templates: the settings, what the
     * list shares with its other pages ({@code shared}), the entries of all its films where the page counts or
     * spans them ({@code counted}), the entries of the films on this page and where it sits among the pages.
     * Cheap to tell, so an unchanged page is known without making its model.
     */
    private String listInputs(String shared, List<CatalogEntry> counted, List<CatalogEntry> films, int number,
            int pages) {
        StringBuilder inputs = new StringBuilder("settings=").append(settings).append('\n').append(shared)
                .append("\npage=").append(number).append('/').append(pages).append("\nlisted=").append(films.size());
        for (CatalogEntry film : counted) {
            inputs.append("\ncounted=").append(entries.of(film));
        }
        for (CatalogEntry film : Paging.slice(films, number)) {
            inputs.append("\nshown=").append(entries.of(film));
        }
        return inputs.toString();
    }

    /** Pages for the sitemap, relative to the site root: each address once. */
    List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        for (SortOrder order : SortOrder.values()) {
            addresses.add(order.address());
        }
        addresses.add("directors/");
        addresses.add("years/");
        addresses.add(COLOURS);
        gallery.byTitle().forEach(f -> addresses.add(FilmViews.page(f)));
        gallery.directors().forEach(d -> addresses.add("directors/" + d.slug() + "/"));
        gallery.years().forEach(y -> addresses.add("years/" + y.slug() + "/"));
        gallery.families().forEach(f -> addresses.add(f.page()));
        collections.forEach(c -> addresses.add(COLLECTIONS + c.slug() + "/"));
        return List.copyOf(addresses);
    }

    private IndexPage index(SortOrder current, List<CatalogEntry> films, int number, int pages) {
        List<SortOption> sorts = Arrays.stream(SortOrder.values())
                .map(s -> new SortOption(s.key(), s.page(), s.label(), s == current)).toList();
        String address = number == 1 ? current.address() : Paging.path(current.page(), number);
        String title = number == 1 ? settings.title() : settings.title() + " · page " + number;
        Head head = head(title, "A gallery of " + count(films.size(), "film")
                + " told by their colours: palettes, barcodes and posters.", address, "website");
        String heading = number == 1 ? "Films" : "Films, page " + number + " of " + pages;
        return new IndexPage(new Chrome(settings.title(), TOP, "films"), head, heading, intro(), sorts,
                cards(Paging.slice(films, number), CARD_ROOT), chips(TOP, null), decades(), directorChoices(),
                TOP + FilmsJson.COLOUR_DATA,
                Paging.pager("Pages of the films by " + current.key(), current.page(), number, pages),
                collectionChoices());
    }

    private List<Choice> collectionChoices() {
        return collections.stream().map(c -> new Choice(c.slug(), c.label() + " (" + c.films().size() + ")"))
                .toList();
    }

    /** The families with films, as chips for a page at {@code root}; {@code current} may be null. */
    private List<FamilyChip> chips(String root, ColourFamily current) {
        return gallery.families().stream().map(f -> new FamilyChip(f.family().slug(), root + f.page(),
                f.family().label(), f.family().sample().hex(), count(f.films().size(), "film"),
                f.family() == current)).toList();
    }

    private List<Choice> decades() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (CatalogEntry film : gallery.byTitle()) {
            film.year().ifPresent(y -> counts.merge(decade(y), 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .map(e -> new Choice(Integer.toString(e.getKey()), e.getKey() + "s (" + e.getValue() + ")")).toList();
    }

    private List<Choice> directorChoices() {
        return gallery.directors().stream()
                .map(d -> new Choice(d.slug(), d.label() + " (" + d.films().size() + ")")).toList();
    }

    static int decade(int year) {
        return Math.floorDiv(year, DECADE) * DECADE;
    }

    private GroupIndexPage colours() {
        List<GroupEntry> entries = gallery.families().stream().map(f -> new GroupEntry(f.family().slug() + "/",
                f.family().label(), count(f.films().size(), "film"),
                FilmViews.swatches(f.films().stream().limit(GROUP_SWATCHES).map(film -> strongest(film, f.family()))
                        .toList()))).toList();
        Head head = head("Colours · " + settings.title(), "The films of the gallery by colour family: "
                + entries.stream().map(GroupEntry::label).map(l -> l.toLowerCase(java.util.Locale.ROOT))
                        .reduce((a, b) -> a + ", " + b).orElse("none yet") + ".", COLOURS, "website");
        String intro = entries.isEmpty() ? "No film has colours yet."
                : entries.size() + (entries.size() == 1 ? " colour family" : " colour families")
                        + ", each holding the films with at least " + Math.round(ColourFamily.MIN_SHARE * 100)
                        + "% of their palette in it (" + Math.round(ColourFamily.NEUTRAL_MIN_SHARE * 100)
                        + "% for black, grey and white)";
        return new GroupIndexPage(new Chrome(settings.title(), "../", "colours"), head, "Colours", intro, entries);
    }

    /** The film's colour with the largest share within a family. */
    private static Swatch strongest(CatalogEntry film, ColourFamily family) {
        return film.palette().stream().filter(s -> ColourFamily.of(s.colour()) == family)
                .max(Comparator.comparingDouble(Swatch::share)).orElse(film.dominant());
    }

    private ColourPage family(FamilyGroup group, int number, int pages) {
        ColourFamily family = group.family();
        String name = family.label().toLowerCase(java.util.Locale.ROOT);
        Head head = head(family.label() + " · " + settings.title(), "The films of the gallery with much " + name
                + " in their palettes.", group.page(), "website");
        String intro = count(group.films().size(), "film") + " with at least "
                + Math.round(family.minShare() * 100) + "% " + name + " in the palette";
        return new ColourPage(new Chrome(settings.title(), FILM_ROOT, "colours"), head, family.label(), intro,
                new Link("../", "All colours"), chips(FILM_ROOT, family),
                cards(Paging.slice(group.films(), number), FILM_ROOT),
                Paging.pager("Pages of the " + name + " films", "index.html", number, pages));
    }

    private String intro() {
        List<CatalogEntry> films = gallery.byTitle();
        if (films.isEmpty()) {
            return "No films yet: add some to the library and build again.";
        }
        String text = count(films.size(), "film");
        if (!gallery.directors().isEmpty()) {
            text += " by " + count(gallery.directors().size(), "director");
        }
        return text + span(gallery.years());
    }

    /**
     * Everything a film's page is made from besides the code and templates: the settings, the film's catalogue
     * entry, its director's and year's pages, and the entries of its neighbours in title order and of its similar
     * films (whose cards it shows). Cheap to tell, so an unchanged page is known without making its model.
     */
    private String filmInputs(int index) {
        List<CatalogEntry> films = gallery.byTitle();
        CatalogEntry film = films.get(index);
        StringBuilder inputs = new StringBuilder("settings=").append(settings)
                .append("\nfilm=").append(entries.of(film))
                .append("\ndirector=").append(gallery.directorOf(film).map(Group::slug).orElse(""))
                .append("\nyear=").append(gallery.yearOf(film).map(Group::slug).orElse(""));
        for (int neighbour : new int[] {index - 1, index + 1}) {
            inputs.append("\nneighbour=").append(neighbour < 0 || neighbour >= films.size() ? ""
                    : entries.of(films.get(neighbour)));
        }
        for (int other : similar.of(index)) {
            inputs.append("\nsimilar=").append(entries.of(films.get(other)));
        }
        return inputs.toString();
    }

    private FilmPage film(int index) {
        List<CatalogEntry> films = gallery.byTitle();
        CatalogEntry film = films.get(index);
        String label = FilmViews.label(film);
        String words = FilmViews.colourWords(film);
        String description = "The colours of " + label
                + film.director().map(d -> ", directed by " + d).orElse("") + ": " + words + ".";
        Head head = new Head(label + " · " + settings.title(), description, INDEX_ROBOTS,
                absolute(FilmViews.page(film)), "video.movie", absolute(ImageFiles.socialPng(film.slug())),
                "The palette of " + label + ": " + words);
        Chrome chrome = new Chrome(settings.title(), FILM_ROOT, "films");
        Link year = gallery.yearOf(film)
                .map(y -> new Link(FILM_ROOT + "years/" + y.slug() + "/", y.label())).orElse(Link.NONE);
        Link director = gallery.directorOf(film)
                .map(d -> new Link(FILM_ROOT + "directors/" + d.slug() + "/", d.label())).orElse(Link.NONE);
        return new FilmPage(chrome, head, film.title(), year, director, Clock.duration(film.durationSeconds()),
                Clock.iso(film.durationSeconds()), film.blackAndWhite(), words,
                FilmViews.poster(film, FILM_ROOT, settings.downloads()), FilmViews.palette(film),
                FilmViews.timeline(film, FILM_ROOT, settings.downloads()),
                FilmViews.card(film, FILM_ROOT, settings.downloads()),
                downloads(film),
                exports(film), cards(similar.of(index).stream().map(films::get).toList(), FILM_ROOT, SIBLING_FILMS),
                neighbour(films, index - 1), neighbour(films, index + 1),
                FilmViews.poster(film, FILM_ROOT, settings.posterStyle(), RenderSettings.DEFAULT_POSTER_SIZE,
                        settings.downloads()),
                FilmViews.posters(film, FILM_ROOT, settings.posterStyle(), RenderSettings.DEFAULT_POSTER_SIZE,
                        settings.downloads()),
                FilmViews.acts(film), film.hdr(), form(film),
                settings.downloads() == Downloads.BROWSER ? FILM_ROOT + ImageFiles.prints(film.slug()) : "",
                PaletteExports.bundle(settings.downloads()));
    }

    /** "Series of 13 episodes", "Film in 2 parts", or empty. */
    private static String form(CatalogEntry film) {
        int parts = film.parts().size();
        if (film.kind() == io.cinechrome.library.FilmKind.SERIES) {
            return "Series of " + count(parts, "episode");
        }
        return parts > 1 ? "Film in " + parts + " parts" : "";
    }

    private static List<Link> downloads(CatalogEntry film) {
        String slug = film.slug();
        return List.of(
                new Link(FILM_ROOT + ImageFiles.posterSvg(slug), "Poster (SVG)"),
                new Link(FILM_ROOT + ImageFiles.posterPng(slug), "Poster (PNG)"),
                new Link(FILM_ROOT + ImageFiles.paletteSvg(slug), "Palette card (SVG)"),
                new Link(FILM_ROOT + ImageFiles.palettePng(slug), "Palette card (PNG)"));
    }

    /** The palette files next to the film's page (the page is their folder). */
    private static List<Link> exports(CatalogEntry film) {
        String name = PaletteExports.NAME;
        return List.of(
                new Link(name + ".css", "CSS custom properties (.css)"),
                new Link(name + ".json", "JSON (.json)"),
                new Link(name + ".gpl", "GIMP and Inkscape palette (.gpl)"),
                new Link(name + ".ase", "Adobe Swatch Exchange (.ase)"));
    }

    private static Link neighbour(List<CatalogEntry> films, int index) {
        if (index < 0 || index >= films.size()) {
            return Link.NONE;
        }
        CatalogEntry film = films.get(index);
        // From one film's page to another's: the folder beside its own.
        return new Link("../" + film.slug() + "/", film.title());
    }

    private GroupIndexPage directors() {
        List<GroupEntry> entries = gallery.directors().stream().map(d -> entry(d, d.slug() + "/")).toList();
        Head head = head("Directors · " + settings.title(),
                "The " + count(entries.size(), "director") + " of the gallery and the colours of their films.",
                "directors/", "website");
        return new GroupIndexPage(new Chrome(settings.title(), "../", "directors"), head, "Directors",
                count(entries.size(), "director"), entries);
    }

    private GroupIndexPage years() {
        List<GroupEntry> entries = gallery.years().stream().map(y -> entry(y, y.slug() + "/")).toList();
        Head head = head("Years · " + settings.title(),
                "The films of the gallery year by year" + span(gallery.years()) + ".", "years/", "website");
        String intro = entries.isEmpty() ? "No film has a year yet." : count(entries.size(), "year")
                + span(gallery.years());
        return new GroupIndexPage(new Chrome(settings.title(), "../", "years"), head, "Years", intro, entries);
    }

    private GroupPage director(Group director, int number, int pages) {
        Head head = head(director.label() + " · " + settings.title(), "The colours of the films of "
                + director.label() + " in the gallery.", "directors/" + director.slug() + "/", "profile");
        return new GroupPage(new Chrome(settings.title(), FILM_ROOT, "directors"), head, "Director",
                director.label(), count(director.films().size(), "film") + filmYears(director.films()),
                new Link("../", "All directors"), cards(Paging.slice(director.films(), number), FILM_ROOT),
                Paging.pager("Pages of the films of " + director.label(), "index.html", number, pages));
    }

    private GroupPage year(Group year, int number, int pages) {
        Head head = head(year.label() + " · " + settings.title(), "The colours of the films of " + year.label()
                + " in the gallery.", "years/" + year.slug() + "/", "website");
        return new GroupPage(new Chrome(settings.title(), FILM_ROOT, "years"), head, "Year", year.label(),
                count(year.films().size(), "film"), new Link("../", "All years"),
                cards(Paging.slice(year.films(), number), FILM_ROOT),
                Paging.pager("Pages of the films of " + year.label(), "index.html", number, pages));
    }

    private GroupPage collection(Group collection, int number, int pages) {
        Head head = head(collection.label() + " · " + settings.title(), "The colours of the films of the collection "
                + collection.label() + " in the gallery.", COLLECTIONS + collection.slug() + "/", "website");
        return new GroupPage(new Chrome(settings.title(), FILM_ROOT, "films"), head, "Collection",
                collection.label(), count(collection.films().size(), "film") + filmYears(collection.films()),
                new Link(FILM_ROOT, "All films"), cards(Paging.slice(collection.films(), number), FILM_ROOT),
                Paging.pager("Pages of the films of " + collection.label(), "index.html", number, pages));
    }

    private NotFoundPage notFound() {
        Head head = new Head("Page not found · " + settings.title(),
                "This address holds no page of the gallery.", "noindex", "", "website", "", "");
        return new NotFoundPage(new Chrome(settings.title(), settings.basePath(), ""), head);
    }

    private GroupEntry entry(Group group, String href) {
        return new GroupEntry(href, group.label(), count(group.films().size(), "film"),
                FilmViews.swatches(group.films().stream().limit(GROUP_SWATCHES).map(CatalogEntry::dominant).toList()));
    }

    /** The films' cards for a page at {@code root}; each card is made once a run and shared by every list. */
    private List<FilmCard> cards(List<CatalogEntry> films, String root) {
        return cards(films, root, root + FilmViews.FILMS);
    }

    /** The same with the films' pages in {@code filmsFolder} (relative to the page, ending in a slash). */
    private List<FilmCard> cards(List<CatalogEntry> films, String root, String filmsFolder) {
        return films.stream().map(f -> madeCards.computeIfAbsent(root + "\n" + filmsFolder + "\n" + f.slug(),
                key -> card(f, root, filmsFolder))).toList();
    }

    private FilmCard card(CatalogEntry f, String root, String filmsFolder) {
        return new FilmCard(f.slug(), filmsFolder + f.slug() + "/", f.title(),
                f.year().isPresent() ? Integer.toString(f.year().getAsInt()) : "", f.director().orElse(""),
                FilmViews.thumb(f, root, settings.posterStyle()), FilmViews.strip(f));
    }

    private Head head(String title, String description, String address, String type) {
        return new Head(title, description, INDEX_ROBOTS, absolute(address), type, "", "");
    }

    /** The absolute URL of an address relative to the site root, or empty when the site URL is unknown. */
    private String absolute(String address) {
        return settings.hasSiteUrl() ? settings.siteUrl() + address : "";
    }

    private static String filmYears(List<CatalogEntry> films) {
        List<Integer> years = films.stream().filter(f -> f.year().isPresent()).map(f -> f.year().getAsInt())
                .sorted().toList();
        if (years.isEmpty()) {
            return "";
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        return first == last ? ", " + first : ", " + first + "–" + last;
    }

    private static String span(List<Group> years) {
        if (years.isEmpty()) {
            return "";
        }
        String first = years.get(0).label();
        String last = years.get(years.size() - 1).label();
        return first.equals(last) ? ", " + first : ", " + first + "–" + last;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
