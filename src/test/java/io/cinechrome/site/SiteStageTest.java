package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.files.Deflated;
import io.cinechrome.files.StateFile;
import io.cinechrome.render.Downloads;
import io.cinechrome.site.browse.SimilarMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site stage end to end on a small catalogue, into a temporary folder. */
class SiteStageTest {

    static final String SITE_URL = "https://user.github.io/repo/";
    static final SiteSettings SETTINGS = SiteSettings.defaults().withTitle("Film & <Colour>").withSiteUrl(SITE_URL);
    /** The files a build leaves for its next run, but for the one stamp of the run's inputs. */
    private static final List<String> STATE_FILES = List.of(PageStamps.FILE, PageStamps.INPUTS_FILE,
            SimilarMemory.FILE);

    /** Heat's card on the index, as written: 325 bytes (480 with a class on every part, data-slug and "./"). */
    private static final int MAX_CARD_BYTES = 330;

    @TempDir
    static Path shared;
    static Path site;
    static SiteReport report;

    @BeforeAll
    static void build() throws IOException {
        site = shared.resolve("site");
        SiteFixture.writeImages(site, SiteFixture.films());
        report = new SiteStage(SETTINGS).generate(SiteFixture.films(), site);
    }

    @Test
    void writesEveryPage() {
        for (String path : List.of("index.html", "by-year.html", "by-director.html", "404.html", ".nojekyll",
                "sitemap.xml", "robots.txt", "data/films.json", "cinechrome.css", "cinechrome.js", "favicon.svg",
                "films/heat-1995/index.html", "films/script-test/index.html", "directors/index.html",
                "directors/michael-mann/index.html", "directors/pawel-pawlikowski/index.html",
                "years/index.html", "years/2001/index.html", "by-hue.html", "by-lightness.html", "by-colourfulness.html",
                "colours/index.html", "colours/teal/index.html", "data/colours.js", "films/heat-1995/palette.css",
                "films/heat-1995/palette.json", "films/heat-1995/palette.gpl", "films/heat-1995/palette.ase")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path + " is missing");
        }
        assertEquals(8, report.films());
        assertEquals(0, report.unchanged());
        assertTrue(report.removed().isEmpty());
    }

    @Test
    void everyLinkLeadsToAFile() {
        assertEquals(List.of(), SiteLinks.broken(site, SETTINGS.basePath(), SITE_URL));
    }

    @Test
    void pagesLinkToEachOther() throws IOException {
        Document heat = SiteLinks.parse(site.resolve("films/heat-1995/index.html"));
        assertEquals("../../directors/michael-mann/", heat.select(".facts a").get(1).attr("href"));
        assertEquals("../../years/1995/", heat.select(".facts a").get(0).attr("href"));
        assertEquals("Previous Collateral", heat.select("a[rel=prev]").text());
        assertEquals("../collateral-2004/", heat.select("a[rel=prev]").attr("href"), "the film's folder beside");
        assertEquals("Next Ida", heat.select("a[rel=next]").text());
        assertEquals("2:50:12", heat.select("time").text());
        Document mann = SiteLinks.parse(site.resolve("directors/michael-mann/index.html"));
        assertEquals(List.of("Heat", "Collateral"), texts(mann, SiteFixture.CARD_TITLE));
        assertTrue(SiteLinks.parse(site.resolve("years/index.html")).select("a[href=2001/]").text().contains("3 films"));
    }

    @Test
    void indexSortsByTitleIgnoringArticlesAndAccents() {
        assertEquals(List.of(SiteFixture.NASTY_TITLE, "Amélie", "A Beautiful Mind", "Collateral", "Heat", "Ida",
                "The Matrix", "千と千尋の神隠し"),
                texts(SiteLinks.parse(site.resolve("index.html")), SiteFixture.CARD_TITLE));
        assertEquals(List.of("Heat", "The Matrix", "Amélie", "A Beautiful Mind", "千と千尋の神隠し", "Collateral",
                "Ida", SiteFixture.NASTY_TITLE),
                texts(SiteLinks.parse(site.resolve("by-year.html")), SiteFixture.CARD_TITLE));
        Document byDirector = SiteLinks.parse(site.resolve("by-director.html"));
        assertEquals("Amélie", byDirector.select(SiteFixture.CARD_TITLE).first().text());
        assertEquals("page", byDirector.select(".sorter a[data-sort=director]").attr("aria-current"));
    }

    @Test
    void theColourDataCarriesEveryFilmAndOrder() throws IOException {
        String script = Files.readString(site.resolve(FilmsJson.COLOUR_DATA));
        JsonNode data = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
        JsonNode films = data.get("films");
        assertEquals(8, films.size());
        assertEquals("heat-1995", films.get(4).get(0).asText(), "films come in title order");
        assertEquals(0, data.get("orders").get("year").get(0).asInt() - 4, "Heat is the oldest film");
        assertEquals("0f1a45", films.get(4).get(5).asText().substring(0, 6));
        assertEquals(3400, Integer.parseInt(films.get(4).get(5).asText().substring(8, 11), 36), "34% share");
        Element heat = SiteLinks.parse(site.resolve("index.html")).select(".card:has(a[href=films/heat-1995/])")
                .first();
        assertEquals("films/heat-1995/", heat.selectFirst("a").attr("href"), "the script reads the slug there");
        assertEquals("", heat.attr("data-title-rank"), "cards carry no ranks, so other films do not change them");
    }

    /**
     * A card is on some eighteen pages, so it is written small: no whitespace between its tags, no quotes where
     * HTML needs none, classes only on the card and its strip, no "./" before its links, and on a film page the
     * other films as sibling folders.
     */
    @Test
    void aCardIsWrittenCompactly() throws IOException {
        String heat = card(site.resolve("index.html"), "films/heat-1995/");
        assertEquals("<li class=card><a href=\"films/heat-1995/\"><span><img src=\"img/heat-1995/barcode.svg\""
                + " alt=\"Mostly navy, teal and black\" width=360 height=360 loading=\"lazy\"></span>"
                + "<span class=card-strip style=\"--strip:#0f1a45 34%,#1d7a78 0 56%,#101010 0 76%,#4a6a88 0 90%,"
                + "#c8a37a 0\"></span><span>Heat</span></a><p>1995 · Michael Mann</p></li>", heat.replace('\n', ' '),
                "line breaks only inside tags, between attributes");
        assertTrue(heat.getBytes(StandardCharsets.UTF_8).length <= MAX_CARD_BYTES,
                heat.getBytes(StandardCharsets.UTF_8).length + " bytes: " + heat);
        Document collateral = SiteLinks.parse(site.resolve("films/collateral-2004/index.html"));
        Elements similar = collateral.select(".similar-section .card");
        assertFalse(similar.isEmpty());
        for (Element card : similar) {
            String slug = card.selectFirst("a").attr("href").replaceAll("^\\.\\./([a-z0-9-]+)/$", "$1");
            assertTrue(Files.isDirectory(site.resolve("films").resolve(slug)), card.outerHtml());
            assertEquals("../../img/" + slug + "/barcode.svg", card.selectFirst("img").attr("src"));
            assertEquals("lazy", card.selectFirst("img").attr("loading"));
        }
    }

    /** The card linking to {@code href} on a page, as written. */
    private static String card(Path page, String href) throws IOException {
        String html = Files.readString(page);
        int start = html.indexOf("<li class=card><a href=\"" + href + "\">");
        assertTrue(start >= 0, page + " has no card for " + href);
        return html.substring(start, html.indexOf("</li>", start) + "</li>".length());
    }

    @Test
    void titlesAreEscapedInHtml() throws IOException {
        for (Path page : SiteLinks.pages(site)) {
            String html = Files.readString(page);
            assertFalse(html.contains("<script>alert"), page + " holds the title unescaped");
            assertFalse(html.contains("Film & <Colour>"), page + " holds the site title unescaped");
        }
        String film = Files.readString(site.resolve("films/script-test/index.html"));
        assertTrue(film.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Quotes&quot;"), film);
        Document doc = SiteLinks.parse(site.resolve("films/script-test/index.html"));
        assertEquals(SiteFixture.NASTY_TITLE, doc.select("h1").text());
        assertTrue(doc.select("meta[property=og:title]").attr("content").startsWith(SiteFixture.NASTY_TITLE));
    }

    @Test
    void filmsJsonIsAnEscapedPublicApi() throws IOException {
        String raw = Files.readString(site.resolve("data/films.json"));
        assertFalse(raw.contains("<script>"), "< and > must be escaped in JSON");
        JsonNode json = new ObjectMapper().readTree(raw);
        assertEquals(2, json.get("schema").asInt());
        assertFalse(raw.contains("\n  "), "compact, not pretty-printed");
        JsonNode films = json.get("films");
        assertEquals(8, films.size());
        assertEquals(SiteFixture.NASTY_TITLE, films.get(0).get("title").asText());
        assertTrue(films.get(0).get("year").isNull());
        JsonNode heat = films.get(4);
        assertEquals(List.of("slug", "title", "year", "director", "duration", "durationSeconds", "blackAndWhite",
                "palette", "path", "url", "acts"), names(heat.fieldNames()));
        assertEquals("heat-1995", heat.get("slug").asText());
        assertEquals("#0f1a45", heat.get("palette").get(0).get("hex").asText());
        assertEquals(0.34, heat.get("palette").get(0).get("share").asDouble());
        assertEquals(SiteFixture.STRIPES, new ObjectMapper().readTree(site.resolve("films/heat-1995/palette.json")
                .toFile()).get("stripes").size(), "stripes moved to each film's palette.json");
        assertEquals(SITE_URL + "films/heat-1995/", heat.get("url").asText());
        assertEquals("千と千尋の神隠し", films.get(7).get("title").asText());
    }

    @Test
    void absoluteUrlsUseTheSiteUrlAndTheNotFoundPageTheBasePath() throws IOException {
        Document heat = SiteLinks.parse(site.resolve("films/heat-1995/index.html"));
        assertEquals(SITE_URL + "img/heat-1995/social.png", heat.select("meta[property=og:image]").attr("content"));
        assertEquals("summary_large_image", heat.select("meta[name=twitter:card]").attr("content"));
        assertEquals(List.of(), heat.select("meta[name=twitter:title], meta[name=twitter:description],"
                + " meta[name=twitter:image]").eachAttr("name"), "X reads the og: tags; they are not written twice");
        assertFalse(heat.select("meta[property=og:description]").attr("content").isBlank());
        assertEquals(SITE_URL + "films/heat-1995/", heat.select("link[rel=canonical]").attr("href"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + SITE_URL + "films/heat-1995/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + SITE_URL + "</loc>"), sitemap);
        Document notFound = SiteLinks.parse(site.resolve("404.html"));
        assertEquals("noindex", notFound.select("meta[name=robots]").attr("content"));
        assertTrue(heat.select("meta[name=robots]").isEmpty(), "a page crawlers may index says nothing: their default");
        for (Element link : notFound.select("[href], [src]")) {
            String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(target.startsWith("/repo/") || target.startsWith("#"), "404.html links " + target);
        }
    }

    @Test
    void altTextNamesTheFilmAndItsColours() {
        Document heat = SiteLinks.parse(site.resolve("films/heat-1995/index.html"));
        assertEquals("Fingerprint of Heat (1995): mostly navy, teal and black",
                heat.select(".poster img").attr("alt"));
        Document ida = SiteLinks.parse(site.resolve("films/ida-2013/index.html"));
        assertTrue(ida.select(".poster img").attr("alt").contains("black and white"));
        for (Path page : SiteLinks.pages(site)) {
            for (Element img : SiteLinks.parse(page).select("img")) {
                assertFalse(img.attr("alt").isBlank(), page + ": " + img);
            }
        }
    }

    @Test
    void withoutSiteUrlThereIsNoSitemapNorAbsoluteTag(@TempDir Path dir) throws IOException {
        Path local = dir.resolve("site");
        new SiteStage(SiteSettings.defaults()).generate(SiteFixture.films(), local);
        assertFalse(Files.exists(local.resolve("sitemap.xml")));
        Document heat = SiteLinks.parse(local.resolve("films/heat-1995/index.html"));
        assertTrue(heat.select("meta[property=og:image], meta[property=og:url], link[rel=canonical]").isEmpty());
        assertEquals("summary", heat.select("meta[name=twitter:card]").attr("content"));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(local.resolve("robots.txt")));
    }

    @Test
    void outputIsByteIdenticalAndUnchangedFilesAreNotRewritten(@TempDir Path dir) throws IOException {
        Path again = dir.resolve("again");
        List<CatalogEntry> shuffled = new ArrayList<>(SiteFixture.films());
        java.util.Collections.reverse(shuffled);
        new SiteStage(SETTINGS).generate(shuffled, again);
        assertEquals(files(site), files(again));
        for (String file : files(site)) {
            assertArrayEquals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        SiteReport second = new SiteStage(SETTINGS).generate(SiteFixture.films(), again);
        assertEquals(0, second.written());
        assertEquals(report.files(), second.unchanged());
    }

    @Test
    void aRunWithTheSameInputsPlansNothingButMissingFilesAreMadeAgain(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("site");
        new SiteStage(SETTINGS).generate(SiteFixture.films(), root);
        assertTrue(Files.isRegularFile(root.resolve(PageStamps.RUN_FILE)));
        SiteReport same = new SiteStage(SETTINGS).generate(SiteFixture.films(), root);
        assertEquals(0, same.written());
        assertEquals(report.files(), same.unchanged());

        Path page = root.resolve("films/heat-1995/index.html");
        byte[] bytes = Files.readAllBytes(page);
        Files.delete(page);
        SiteReport repaired = new SiteStage(SETTINGS).generate(SiteFixture.films(), root);
        assertEquals(1, repaired.written());
        assertArrayEquals(bytes, Files.readAllBytes(page));

        SiteReport retitled = new SiteStage(SETTINGS.withTitle("Another title")).generate(SiteFixture.films(), root);
        assertTrue(retitled.written() > 1, "other settings, other pages: " + retitled.written());
    }

    /**
     * Film pages and palette files known unchanged by what they are made from are kept without being made; each
     * kind of change must still reach every page that shows it. The incremental site must be the one built from
     * scratch, byte for byte, stamps included.
     */
    @Test
    void anIncrementalRunGivesTheSiteBuiltFromScratch(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("site");
        List<CatalogEntry> films = SiteFixture.films();
        new SiteStage(SETTINGS).generate(films, root);
        List<List<CatalogEntry>> changes = List.of(
                replace(films, "heat-1995", f -> f.withName("Heat (director's cut)", f.year(), f.director())),
                replace(films, "collateral-2004", f -> f.withName(f.title(), f.year(), Optional.of("Ron Howard"))),
                replace(films, "ida-2013", f -> SiteFixture.film("ida-2013", "Ida", 2013, "Paweł Pawlikowski",
                        4_920, false, "#0f1a45:0.5", "#1d7a78:0.3", "#c8a37a:0.2")),
                replace(films, "amelie-2001", f -> f.withActs(List.of())),
                films);
        for (List<CatalogEntry> changed : changes) {
            assertIncrementalIsScratch(SETTINGS, changed, root, dir);
        }
    }

    /** Builds {@code films} into {@code root} over what is there, and from scratch: the two sites must be one. */
    static void assertIncrementalIsScratch(SiteSettings settings, List<CatalogEntry> films, Path root, Path dir)
            throws IOException {
        SiteReport incremental = new SiteStage(settings).generate(films, root);
        Path scratch = Files.createTempDirectory(dir, "scratch");
        SiteReport full = new SiteStage(settings).generate(films, scratch.resolve("site"));
        assertTrue(incremental.written() < full.written(), incremental.written() + " of " + full.written());
        Map<String, byte[]> expected = everyFile(scratch.resolve("site"));
        Map<String, byte[]> actual = everyFile(root);
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(file), actual.get(file)),
                    () -> file + " differs from the scratch build: " + firstDifference(expected.get(file), actual.get(file)));
        }
    }

    /** The first line where two texts (or deflated state files) differ, both ways. */
    private static String firstDifference(byte[] expected, byte[] actual) {
        String[] a = text(expected).split("\n", -1);
        String[] b = text(actual).split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + "\n  scratch:     " + a[i] + "\n  incremental: " + b[i];
            }
        }
        return a.length + " lines against " + b.length;
    }

    /** A file's text, inflated when it is a state file. */
    private static String text(byte[] bytes) {
        try {
            return new String(Deflated.isZlib(bytes) ? Deflated.inflate(bytes) : bytes, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static List<CatalogEntry> replace(List<CatalogEntry> films, String slug,
            java.util.function.UnaryOperator<CatalogEntry> change) {
        return films.stream().map(f -> f.slug().equals(slug) ? change.apply(f) : f).toList();
    }

    /** Every file but the two that name this machine's code (the run's and the inputs' stamps). */
    private static Map<String, byte[]> everyFile(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        for (String file : files(root)) {
            if (!file.equals(PageStamps.RUN_FILE) && !file.equals(PageStamps.INPUTS_FILE)) {
                all.put(file, Files.readAllBytes(root.resolve(file)));
            }
        }
        return all;
    }

    @Test
    void aRunStoppedHalfWayLeavesNoStampsThatLie(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("site");
        List<CatalogEntry> films = SiteFixture.films();
        new SiteStage(SETTINGS).generate(films, root);
        Map<String, byte[]> before = contents(root);
        // A run over other films that stops after writing its pages (a static file clashes with a generated one).
        Path clashing = Files.createDirectories(dir.resolve("static"));
        Files.writeString(clashing.resolve("robots.txt"), "clash");
        List<CatalogEntry> renamed = films.stream().map(f -> f.withName(f.title() + " II", f.year(), f.director()))
                .toList();
        assertThrows(IllegalArgumentException.class,
                () -> new SiteStage(SETTINGS.withStaticDir(clashing)).generate(renamed, root));
        assertFalse(Arrays.equals(before.get("index.html"), Files.readAllBytes(root.resolve("index.html"))));

        new SiteStage(SETTINGS).generate(films, root);
        Map<String, byte[]> after = contents(root);
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        for (String file : files(root)) {
            if (!file.startsWith(".cinechrome")) {
                all.put(file, Files.readAllBytes(root.resolve(file)));
            }
        }
        return all;
    }

    /**
     * A site whose state files are plain text, as earlier versions wrote them, is built on from them: a new version
     * (whose code gives the run other inputs) makes nothing again, and writes the state files deflated, the bytes
     * a build from scratch gives.
     */
    @Test
    void plainTextStateFilesOfAnEarlierVersionAreBuiltOn(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("site");
        List<CatalogEntry> films = SiteFixture.films();
        new SiteStage(SETTINGS).generate(films, root);
        Map<String, byte[]> before = withInputs(root);
        for (String name : STATE_FILES) {
            Path file = root.resolve(name);
            assertTrue(Deflated.isZlib(Files.readAllBytes(file)), name + " is deflated");
            Files.writeString(file, StateFile.read(file));
        }
        Files.delete(root.resolve(PageStamps.RUN_FILE));
        // A page that the stamps of its inputs vouch for is not made again: a changed copy shows they were read.
        Path page = root.resolve("films/heat-1995/index.html");
        Files.writeString(page, "kept by its stamp");

        SiteReport upgraded = new SiteStage(SETTINGS).generate(films, root);
        assertEquals(0, upgraded.written());
        assertEquals("kept by its stamp", read(page), "the plain stamps were trusted");
        Files.write(page, before.get("films/heat-1995/index.html"));
        assertSameFiles(before, withInputs(root));
    }

    /**
     * Cut state files mean what damaged ones always meant: with the same inputs the run is done before reading
     * them, and otherwise every file is compared again and the state files are written anew, with no error.
     */
    @Test
    void cutStateFilesOnlyMeanComparingEveryFileAgain(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("site");
        List<CatalogEntry> films = SiteFixture.films();
        new SiteStage(SETTINGS).generate(films, root);
        Map<String, byte[]> before = withInputs(root);
        for (String name : STATE_FILES) {
            Files.write(root.resolve(name), Arrays.copyOf(before.get(name), before.get(name).length / 2));
        }
        new SiteStage(SETTINGS).generate(films, root);
        Map<String, byte[]> same = withInputs(root);
        STATE_FILES.forEach(same::remove);
        assertEquals(before.keySet().size() - STATE_FILES.size(), same.size());
        same.forEach((file, bytes) -> assertArrayEquals(before.get(file), bytes, file));

        Files.delete(root.resolve(PageStamps.RUN_FILE));
        Path page = root.resolve("films/heat-1995/index.html");
        Files.writeString(page, "made again, as no stamp vouches for it");
        SiteReport rebuilt = new SiteStage(SETTINGS).generate(films, root);
        assertEquals(1, rebuilt.written(), "only the changed page differs");
        assertSameFiles(before, withInputs(root));
    }

    /** Every file but the stamp of the run's inputs, which names this machine's code. */
    private static Map<String, byte[]> withInputs(Path root) throws IOException {
        Map<String, byte[]> all = everyFile(root);
        all.put(PageStamps.INPUTS_FILE, Files.readAllBytes(root.resolve(PageStamps.INPUTS_FILE)));
        return all;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(file), actual.get(file)),
                    () -> file + " differs: " + firstDifference(expected.get(file), actual.get(file)));
        }
    }

    @Test
    void filmsThatLeftTheCatalogueLeaveTheSite(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("site");
        SiteFixture.writeImages(root, SiteFixture.films());
        Path outside = Files.writeString(dir.resolve("keep.txt"), "not the site's");
        new SiteStage(SETTINGS).generate(SiteFixture.films(), root);
        List<CatalogEntry> fewer = SiteFixture.films().stream()
                .filter(f -> !f.director().orElse("").equals("Michael Mann")).toList();
        SiteReport after = new SiteStage(SiteSettings.defaults()).generate(fewer, root);
        assertEquals(List.of("colours/teal", "directors/michael-mann", "films/collateral-2004", "films/heat-1995", "sitemap.xml",
                "years/1995", "years/2004"), after.removed());
        assertFalse(Files.exists(root.resolve("films/heat-1995")));
        assertTrue(Files.exists(root.resolve("img/heat-1995/poster.png")), "img/ belongs to the render stage");
        assertTrue(Files.exists(outside));
        assertEquals(List.of(), SiteLinks.broken(root, "/", ""));
    }

    /**
     * Where the browser makes the downloads, a film's folder holds its page and one bundle of the palette files; a
     * run over a gallery of the earlier layout (three files saved as they are and the JSON deflated alone) removes
     * them, and a switch back to saved files brings the four back and the bundle goes.
     */
    @Test
    void aBrowserGalleryKeepsThePaletteFilesInOneBundleAndRemovesTheEarlierLayout(@TempDir Path dir)
            throws IOException {
        Path root = dir.resolve("site");
        SiteSettings browser = SETTINGS.withDownloads(Downloads.BROWSER);
        new SiteStage(browser).generate(SiteFixture.films(), root);
        Path heat = root.resolve("films/heat-1995");
        assertEquals(List.of("index.html", "palette.deflate"), names(heat));
        List<String> earlier = List.of("palette.ase", "palette.css", "palette.gpl", "palette.json.deflate");
        for (String name : earlier) {
            Files.write(heat.resolve(name), new byte[] {1, 2, 3});
        }
        // A new version of the code never has the run stamp of the one that made the earlier layout.
        Files.delete(root.resolve(PageStamps.RUN_FILE));
        SiteReport again = new SiteStage(browser).generate(SiteFixture.films(), root);
        assertEquals(earlier.stream().map(name -> "films/heat-1995/" + name).toList(), again.removed());
        assertEquals(List.of("index.html", "palette.deflate"), names(heat));
        assertEquals("palette.deflate", SiteLinks.parse(heat.resolve("index.html")).select("ul.exports")
                .attr("data-deflated"));

        SiteReport saved = new SiteStage(SETTINGS).generate(SiteFixture.films(), root);
        assertTrue(saved.removed().contains("films/heat-1995/palette.deflate"), saved.removed().toString());
        assertEquals(List.of("index.html", "palette.ase", "palette.css", "palette.gpl", "palette.json"), names(heat));
        assertFalse(SiteLinks.parse(heat.resolve("index.html")).select("ul.exports").hasAttr("data-deflated"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void templatesAndStaticFilesFallBackToTheJarsCopies(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("404.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>Lost</title>"
                + "</head><body><main><h1 th:text=\"${page.chrome.siteTitle}\">x</h1></main></body></html>");
        SiteSettings settings = SETTINGS.withTemplatesDir(templates).withStaticDir(dir.resolve("no-such-folder"));
        Path own = dir.resolve("site");
        new SiteStage(settings).generate(SiteFixture.films(), own);
        assertTrue(Files.readString(own.resolve("404.html")).contains("<h1>Film &amp; &lt;Colour&gt;</h1>"));
        assertArrayEquals(Files.readAllBytes(site.resolve("index.html")), Files.readAllBytes(own.resolve("index.html")));
        assertArrayEquals(Files.readAllBytes(site.resolve("cinechrome.css")),
                Files.readAllBytes(own.resolve("cinechrome.css")));
    }

    @Test
    void duplicateSlugsAreRefused(@TempDir Path dir) {
        CatalogEntry heat = SiteFixture.films().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SiteStage(SETTINGS).generate(List.of(heat, heat), dir));
        assertTrue(e.getMessage().contains("heat-1995"), e.getMessage());
    }

    @Test
    void anEmptyCatalogueGivesAnEmptyGallery(@TempDir Path dir) {
        Path empty = dir.resolve("site");
        new SiteStage(SETTINGS).generate(List.of(), empty);
        Document index = SiteLinks.parse(empty.resolve("index.html"));
        assertTrue(index.select(".card").isEmpty());
        assertTrue(index.select(".lede").text().startsWith("No films yet"));
    }

    private static List<String> texts(Document doc, String selector) {
        return doc.select(selector).stream().map(Element::text).toList();
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("img")))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
