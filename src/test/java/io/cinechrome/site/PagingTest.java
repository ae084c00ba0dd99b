package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large galleries: paged static lists that reach every film, small first pages, stamps, sitemap parts. */
class PagingTest {

    static final int FILMS = 700;
    static final String SITE_URL = "https://user.github.io/repo/";

    @Test
    void everyFilmIsReachableThroughTheNumberedPagesOfEveryOrder(@TempDir Path dir) throws IOException {
        List<CatalogEntry> films = SiteFixture.synthetic(FILMS, 3);
        Path site = dir.resolve("site");
        SiteSettings settings = SiteSettings.defaults().withSiteUrl(SITE_URL);
        SiteReport first = new SiteStage(settings).generate(films, site);
        for (SortOrder order : SortOrder.values()) {
            Set<String> reached = new HashSet<>();
            List<String> pages = new ArrayList<>();
            String page = order.page();
            while (!page.isEmpty()) {
                pages.add(page);
                Document html = SiteLinks.parse(site.resolve(page));
                html.select("[data-sortable] > .card > a").forEach(a -> reached.add(a.attr("href")));
                page = html.select(".pager a[rel=next]").attr("href");
            }
            assertEquals(FILMS, reached.size(), "every film on the pages of " + order);
            assertEquals(Paging.pages(FILMS), pages.size());
            assertEquals(Paging.path(order.page(), 2), pages.get(1));
            Document last = SiteLinks.parse(site.resolve(pages.get(pages.size() - 1)));
            assertEquals(Paging.pages(FILMS), last.select(".pager li a").size(), "every page is numbered");
        }
        assertTrue(Files.size(site.resolve("index.html")) < 150_000, "first index page under 150 KB");
        assertEquals(List.of(), pageLinksBroken(site));

        SiteReport again = new SiteStage(settings).generate(films, site);
        assertEquals(0, again.written(), "nothing changed, nothing written");
        assertEquals(first.files(), again.unchanged());

        List<CatalogEntry> fewer = films.subList(0, 100);
        SiteReport shrunk = new SiteStage(settings).generate(fewer, site);
        assertTrue(shrunk.removed().contains("index-2.html"), shrunk.removed().toString());
        assertFalse(Files.exists(site.resolve("by-year-6.html")));
        assertEquals(List.of(), pageLinksBroken(site));
    }

    /** Broken links, leaving out the images: no image is drawn here (the render stage is not under test). */
    private static List<String> pageLinksBroken(Path site) {
        return SiteLinks.broken(site, "/repo/", SITE_URL).stream().filter(l -> !l.contains("img/")).toList();
    }

    @Test
    void aChangedPageIsRenderedAgainEvenWhenItsStampFileIsOld(@TempDir Path dir) throws IOException {
        List<CatalogEntry> films = SiteFixture.films();
        Path site = dir.resolve("site");
        new SiteStage(SiteSettings.defaults()).generate(films, site);
        Files.delete(site.resolve("films/heat-1995/index.html"));
        SiteReport report = new SiteStage(SiteSettings.defaults()).generate(films, site);
        assertEquals(1, report.written(), "only the deleted page is written again");
        assertTrue(Files.exists(site.resolve("films/heat-1995/index.html")));
        SiteReport retitled = new SiteStage(SiteSettings.defaults().withTitle("Another")).generate(films, site);
        assertTrue(retitled.written() > films.size(), "a new title changes every page");
    }

    /**
     * Pages of lists known unchanged by the films they show are kept without being made: changes that move films
     * between pages, directors and families still reach every page, as a build from scratch shows.
     */
    @Test
    void anIncrementalRunOfAPagedGalleryIsTheScratchBuild(@TempDir Path dir) throws IOException {
        List<CatalogEntry> films = SiteFixture.synthetic(300, 5);
        SiteSettings settings = SiteSettings.defaults().withSiteUrl(SITE_URL);
        Path root = dir.resolve("site");
        new SiteStage(settings).generate(films, root);
        CatalogEntry moved = films.get(7);
        CatalogEntry other = films.get(200);
        List<List<CatalogEntry>> changes = List.of(
                SiteStageTest.replace(films, moved.slug(), f -> f.withName("Zzz " + f.title(), f.year(), f.director())),
                SiteStageTest.replace(films, moved.slug(), f -> f.withName(f.title(), f.year(), other.director())),
                SiteStageTest.replace(films, moved.slug(), f -> f.withName(f.title(), OptionalInt.of(1901),
                        f.director())),
                films.subList(1, films.size()),
                films);
        for (List<CatalogEntry> changed : changes) {
            SiteStageTest.assertIncrementalIsScratch(settings, changed, root, dir);
        }
    }

    @Test
    void aLargeSitemapBecomesAnIndexOfParts() {
        SiteSettings settings = SiteSettings.defaults().withSiteUrl(SITE_URL);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            addresses.add("films/f-" + i + "/");
        }
        assertEquals(List.of("sitemap.xml"), Sitemap.of(settings, addresses, 25).stream().map(SiteFile::path).toList());
        List<SiteFile> files = Sitemap.of(settings, addresses, 10);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"),
                files.stream().map(SiteFile::path).toList());
        String index = new String(files.get(0).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(index.contains("<sitemapindex") && index.contains("<loc>" + SITE_URL + "sitemap-3.xml</loc>"), index);
        String last = new String(files.get(3).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(5, last.split("<url>").length - 1);
    }
}
