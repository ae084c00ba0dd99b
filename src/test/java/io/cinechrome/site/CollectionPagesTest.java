package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Source;
import io.cinechrome.library.FilmKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library with collection folders gets a collection filter on the index and a page per collection. */
class CollectionPagesTest {

    @TempDir
    Path dir;

    private static CatalogEntry in(CatalogEntry film, FilmKind kind, int parts, String... collection) {
        List<Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < parts; i++) {
            sources.add(new Source(film.slug() + "/part" + i + ".mkv", 1, "2024-01-01T00:00:00Z", "sha256:0" + i));
        }
        return new CatalogEntry(film.slug(), film.title(), film.year(), film.director(), film.durationSeconds(),
                film.blackAndWhite(), film.palette(), film.stripes(), film.settings(),
                java.util.Optional.of(sources.get(0)), film.colour(), List.of(collection), kind, sources, film.acts(),
                film.origin(), film.sharesKnown());
    }

    static List<CatalogEntry> library() {
        List<CatalogEntry> films = SiteFixture.films();
        return List.of(
                in(films.get(0), FilmKind.FILM, 1, "Criterion", "Westerns"),
                in(films.get(1), FilmKind.FILM, 2, "Criterion"),
                in(films.get(2), FilmKind.SERIES, 3, "Documentaries"),
                in(films.get(3), FilmKind.FILM, 1));
    }

    private Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void collectionsGetAFilterAndAPageEach() throws IOException {
        Path site = dir.resolve("site");
        List<CatalogEntry> films = library();
        SiteFixture.writeImages(site, films);
        new SiteStage(SiteSettings.defaults().withSiteUrl("https://films.example/")).generate(films, site);

        Document index = page(site, "index.html");
        assertEquals(List.of("", "criterion", "criterion-westerns", "documentaries"),
                index.select("#filter-collection option").eachAttr("value"));
        assertEquals("Criterion / Westerns (1)", index.select("#filter-collection option").get(2).text());
        String script = Files.readString(site.resolve("data/colours.js"));
        com.fasterxml.jackson.databind.JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
        assertEquals("criterion-westerns", data.get("collections").get(1).get(0).asText());
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        data.get("films").forEach(f -> keys.put(f.get(0).asText(), f.get(7).asText()));
        assertEquals("criterion criterion-westerns", keys.get(films.get(0).slug()), "the script filters on these");
        assertEquals("", keys.get(films.get(3).slug()));

        Document criterion = page(site, "collections/criterion/index.html");
        assertEquals("Criterion", criterion.select("h1").text());
        assertEquals(2, criterion.select("li.card").size());
        assertEquals(1, page(site, "collections/criterion-westerns/index.html").select("li.card").size());
        assertEquals(1, page(site, "collections/documentaries/index.html").select("li.card").size());
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("collections/documentaries/"));

        assertTrue(page(site, "films/" + films.get(2).slug() + "/index.html").select(".facts").text()
                .contains("Series of 3 episodes"));
        assertTrue(page(site, "films/" + films.get(1).slug() + "/index.html").select(".facts").text()
                .contains("Film in 2 parts"));
        assertFalse(page(site, "films/" + films.get(3).slug() + "/index.html").select(".facts").text()
                .contains("Form"));
    }

    @Test
    void oneCollectionOrNoneChangesNothing() throws IOException {
        Path site = dir.resolve("plain");
        List<CatalogEntry> films = List.of(in(SiteFixture.films().get(0), FilmKind.FILM, 1, "Movies"),
                in(SiteFixture.films().get(1), FilmKind.FILM, 1, "Movies"));
        SiteFixture.writeImages(site, films);
        new SiteStage(SiteSettings.defaults()).generate(films, site);
        assertTrue(page(site, "index.html").select("#filter-collection").isEmpty());
        assertFalse(Files.exists(site.resolve("collections")));
    }
}
