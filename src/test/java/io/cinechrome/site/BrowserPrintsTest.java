package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Source;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.Downloads;
import io.cinechrome.render.ImageFiles;
import io.cinechrome.render.PosterStage;
import io.cinechrome.render.PosterStyle;
import io.cinechrome.render.RenderReport;
import io.cinechrome.render.RenderSettings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A gallery built with {@code --downloads browser}: its film pages make every print file in headless Chromium,
 * and what they make is what a gallery with saved files holds: the same SVG text (each embedded stripe picture
 * with the same pixels), and PNGs whose stripes have the film's exact colours and whose title is drawn. Each
 * palette file they unpack from the film's one bundle is the saved gallery's file, byte for byte.
 */
class BrowserPrintsTest {

    private static final int HAIRLINES = 1080;
    private static final Pattern PICTURE = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)");
    private static final String SLUG = "heat-1995";

    @TempDir
    static Path dir;
    private static BrowserSession session;
    private static Path files;
    private static Path site;
    private static CatalogEntry heat;

    @BeforeAll
    static void build() throws IOException {
        List<CatalogEntry> films = new ArrayList<>(SiteFixture.films());
        heat = hairlines(films.get(0));
        films.set(0, heat);
        RenderSettings settings = RenderSettings.defaults().withThreads(2);
        files = dir.resolve("files");
        site = dir.resolve("browser");
        assertTrue(new PosterStage(settings).renderAll(films, files).ok());
        new SiteStage(SiteSettings.defaults()).generate(films, files);
        RenderReport report = new PosterStage(settings.withDownloads(Downloads.BROWSER)).renderAll(films, site);
        assertTrue(report.ok(), report.failures().toString());
        new SiteStage(SiteSettings.defaults().withDownloads(Downloads.BROWSER)).generate(films, site);
        session = new BrowserSession(site, dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    /** The film's stripes as 1,080 hairlines drifting through its palette, as analysed films have them. */
    private static CatalogEntry hairlines(CatalogEntry film) {
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < HAIRLINES; i++) {
            OkLab a = OkLab.of(film.palette().get(i * film.palette().size() / HAIRLINES).colour());
            double t = Math.sin(i * 0.05) * 0.04;
            stripes.add(new OkLab(a.l() + t, a.a() + t / 2, a.b() - t / 3).toRgb());
        }
        return new CatalogEntry(film.slug(), film.title(), film.year(), film.director(), film.durationSeconds(),
                film.blackAndWhite(), film.palette(), stripes, AnalysisSettings.defaults(),
                new Source(SLUG + ".mkv", 1_000_000, "2024-01-01T00:00:00Z", "sha256:" + SLUG));
    }

    @Test
    void theSiteKeepsOnlyWhatPagesNeedWithoutAScript() throws IOException {
        try (Stream<Path> saved = Files.list(site.resolve(ImageFiles.folder(SLUG)))) {
            assertEquals(List.of(".stamp", "barcode.svg", "prints.json.deflate", "social.png"),
                    saved.map(p -> p.getFileName().toString()).sorted().toList());
        }
        long printBytes = Files.size(site.resolve(ImageFiles.prints(SLUG)));
        assertTrue(printBytes < 8_000, "print sources of 1,080 stripes: " + printBytes + " bytes");
        try (Stream<Path> saved = Files.list(site.resolve("films/" + SLUG))) {
            assertEquals(List.of("index.html", "palette.deflate"),
                    saved.map(p -> p.getFileName().toString()).sorted().toList(), "the palette files in one bundle");
        }
        String noScript = SiteLinks.parse(site.resolve("films/" + SLUG + "/index.html")).select(".palette noscript")
                .text();
        assertTrue(noScript.contains("Turn on JavaScript to download the palette files"),
                "without a script the page says why the palette files do not come: " + noScript);
    }

    @Test
    void everySvgIsTheFileAGalleryWithFilesSaves() throws IOException {
        for (String slug : List.of(SLUG, "spirited-away-2001", "script-test")) {
            session.open("films/" + slug + "/");
            for (PosterStyle style : PosterStyle.values()) {
                assertSameSvg(slug, ImageFiles.posterSvg(slug, style));
            }
            assertSameSvg(slug, ImageFiles.paletteSvg(slug));
        }
    }

    private static void assertSameSvg(String slug, String path) throws IOException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String made = new String(make(name), StandardCharsets.UTF_8);
        String saved = Files.readString(files.resolve(path));
        assertEquals(withoutPictures(saved), withoutPictures(made), slug + " " + name);
        List<String> madePictures = pictures(made);
        List<String> savedPictures = pictures(saved);
        assertEquals(savedPictures.size(), madePictures.size(), name);
        for (int i = 0; i < madePictures.size(); i++) {
            assertSamePixels(decode(savedPictures.get(i)), decode(madePictures.get(i)), slug + " " + name);
        }
    }

    @Test
    void pngsHaveTheStripesExactColoursAndTheTitle() throws IOException {
        session.open("films/" + SLUG + "/");
        BufferedImage ring = ImageIO.read(new ByteArrayInputStream(make("poster-ring.png")));
        assertEquals(RenderSettings.DEFAULT_POSTER_SIZE, ring.getWidth());
        double middle = (0.47 + 0.29) / 2 * ring.getWidth();
        for (int i = 0; i < HAIRLINES; i += 37) {
            double angle = Math.toRadians((i + 0.5) * 360.0 / HAIRLINES);
            int x = (int) Math.floor(ring.getWidth() / 2.0 + middle * Math.sin(angle));
            int y = (int) Math.floor(ring.getHeight() / 2.0 - middle * Math.cos(angle));
            assertEquals(heat.stripes().get(i).hex(), hex(ring.getRGB(x, y)), "wedge " + i + " at " + x + "," + y);
        }
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(make("poster.png")));
        BufferedImage batik = ImageIO.read(files.resolve(ImageFiles.posterPng(SLUG)).toFile());
        for (int x = 0; x < HAIRLINES; x += 29) {
            assertEquals(heat.stripes().get(x).hex(), hex(square.getRGB(x, 5)), "bar " + x);
        }
        int browserInk = ink(square);
        int batikInk = ink(batik);
        assertTrue(browserInk > batikInk * 0.8 && browserInk < batikInk * 1.25,
                "the title's light pixels: browser " + browserInk + ", Batik " + batikInk);
    }

    @Test
    void thePageShowsThePrintsAndItsLinksDownloadThem() throws IOException {
        session.open("films/" + SLUG + "/");
        session.browser.executeScript(
                "document.querySelectorAll('img').forEach(function (i) { i.loading = 'eager'; });");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> session.browser.findElement(
                By.cssSelector(".timeline")).getDomAttribute("data-stripes") != null);
        Object farAndDrawn = session.browser.executeAsyncScript("var done = arguments[0]; setTimeout(function () {"
                + " var far = Array.prototype.filter.call(document.querySelectorAll('img[data-print]'),"
                + " function (i) { return i.getBoundingClientRect().top > innerHeight + 600; });"
                + " done([far.length, far.filter(function (i) { return i.src.indexOf('blob:') === 0; }).length]);"
                + " }, 500);");
        assertTrue(((List<?>) farAndDrawn).get(0) instanceof Long far && far > 0, "posters below: " + farAndDrawn);
        assertEquals(0L, ((List<?>) farAndDrawn).get(1),
                "the posters far below the first screen are not drawn while the page loads");
        // A reader scrolling down: each poster is drawn as it comes near.
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(session.browser
                .executeScript("var images = Array.prototype.slice.call(document.querySelectorAll('img[data-print]'));"
                        + " var next = images.filter(function (i) { return i.src.indexOf('blob:') !== 0; })[0];"
                        + " if (next) { next.scrollIntoView(); }"
                        + " return images.every(function (i) { return i.src.indexOf('blob:') === 0 && i.complete"
                        + " && i.naturalWidth > 0; })")));
        Long shown = (Long) session.browser.executeScript("return document.querySelectorAll('img[data-print]').length");
        assertEquals(5, shown, "the featured poster, the three styles and the palette card");
        // A fixed ratio ("5 / 1"), not the picture's own ("auto 3000 / 600" gives way to the stand-in's).
        assertEquals(List.of(), session.browser.executeScript("return Array.prototype.filter.call("
                + "document.querySelectorAll('img[data-print]'), function (i) {"
                + " var ratio = getComputedStyle(i).aspectRatio.split(' / ').map(Number);"
                + " return !(Math.abs(ratio[0] / ratio[1]"
                + " - i.getAttribute('width') / i.getAttribute('height')) < 1e-9); }).map(function (i) {"
                + " return i.getAttribute('data-print') + ': ' + getComputedStyle(i).aspectRatio; })"),
                "each box keeps its print's shape whatever stands in for it, so drawing it moves nothing");
        assertEquals(List.of(), session.browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; }).filter(function (n) { return /Lato-.*ttf/.test(n); })"),
                "the page shows the posters with its own web fonts, without the print files' 1.3 MB of TTFs");
        session.assertPageIsClean("browser-prints");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        session.browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        session.browser.findElement(By.cssSelector(".posters-section a[href$='poster-ring.svg']")).click();
        Path ring = downloads.resolve("poster-ring.svg");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Files.isRegularFile(ring));
        assertEquals(Files.readString(files.resolve(ImageFiles.posterSvg(SLUG, PosterStyle.RING))),
                Files.readString(ring));
        assertFalse(Files.exists(site.resolve(ImageFiles.posterSvg(SLUG, PosterStyle.RING))));
    }

    @Test
    void eachPaletteLinkSavesTheFileAGalleryWithFilesSavesByteForByte() throws Exception {
        String folder = "films/" + SLUG + "/";
        session.open(folder);
        Path downloads = Files.createDirectories(dir.resolve("palette-downloads"));
        session.browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        // Notes the type of each file the page saves, by the name it saves it under.
        session.browser.executeScript("var types = {}; window.savedTypes = {};"
                + " var create = URL.createObjectURL; URL.createObjectURL = function (blob) {"
                + "   var url = create.call(URL, blob); types[url] = blob.type; return url; };"
                + " var click = HTMLAnchorElement.prototype.click;"
                + " HTMLAnchorElement.prototype.click = function () {"
                + "   if (this.download) { window.savedTypes[this.download] = types[this.href]; }"
                + "   return click.call(this); };");
        Map<String, String> types = Map.of("palette.css", "text/css", "palette.json", "application/json",
                "palette.gpl", "application/octet-stream", "palette.ase", "application/octet-stream");
        for (String name : List.of("palette.css", "palette.json", "palette.gpl", "palette.ase")) {
            session.browser.findElement(By.cssSelector(".exports a[href='" + name + "']")).click();
            Path saved = downloads.resolve(name);
            new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Files.isRegularFile(saved));
            assertArrayEquals(Files.readAllBytes(files.resolve(folder + name)), Files.readAllBytes(saved), name);
            assertFalse(Files.exists(site.resolve(folder + name)), name + " is kept in the bundle only");
        }
        assertEquals(FilmsJson.palette(heat), Files.readString(downloads.resolve("palette.json")));
        assertEquals(types, session.browser.executeScript("return window.savedTypes"));
        assertEquals(links(files.resolve(folder + "index.html")), links(site.resolve(folder + "index.html")),
                "the same names and words as with saved files");
        Map<String, byte[]> bundled = PaletteBundleTest.unpacked(Files.readAllBytes(site.resolve(folder
                + PaletteExports.BUNDLE)));
        String kept = new String(bundled.get("palette.json"), StandardCharsets.UTF_8);
        assertTrue(kept.contains("\"stripes\" : @stripes@") && kept.length() < Files.size(downloads.resolve(
                "palette.json")) / 4, "the 1,080 stripes come from the print sources: " + kept.length() + " of "
                + Files.size(downloads.resolve("palette.json")));
    }

    /** A film page's palette links: where each leads and what it reads. */
    private static List<String> links(Path page) {
        return SiteLinks.parse(page).select(".exports a").stream().map(a -> a.attr("href") + " " + a.text()
                + (a.hasAttr("download") ? " (download)" : "")).toList();
    }

    @Test
    void eachDrawnPosterCarriesOnlyTheFacesItsLettersNeed() {
        assertEquals(List.of("Lato Light U+0-FF", "Lato U+0-FF"), featuredPosterFaces(SLUG),
                "Heat's Latin letters need neither Latin Extended nor the CJK fallback");
        List<String> spirited = featuredPosterFaces("spirited-away-2001");
        assertTrue(spirited.contains("Droid Sans Fallback U+2E80-2FFF"), "a CJK title keeps its face: " + spirited);
        assertTrue(spirited.stream().noneMatch(face -> face.endsWith("U+100-2AF")), spirited.toString());
    }

    /** The faces in the first-screen poster the page drew: family and first unicode range, as Chromium writes it. */
    private static List<String> featuredPosterFaces(String slug) {
        session.open("films/" + slug + "/");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(session.browser
                .executeScript("return document.querySelector('img[data-print]').src.indexOf('blob:') === 0")));
        Object svg = session.browser.executeAsyncScript("var done = arguments[0];"
                + "fetch(document.querySelector('img[data-print]').src).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('error: ' + e); });");
        Matcher face = Pattern.compile("@font-face \\{ font-family: '([^']+)';[^}]*unicode-range: (U\\+[0-9A-F-]+)")
                .matcher(String.valueOf(svg));
        List<String> faces = new ArrayList<>();
        while (face.find()) {
            faces.add(face.group(1) + " " + face.group(2));
        }
        return faces;
    }

    @Test
    void theTimelineTakesItsStripesFromThePrintSources() throws IOException {
        session.open("films/" + SLUG + "/");
        String html = Files.readString(site.resolve("films/" + SLUG + "/index.html"));
        assertFalse(html.contains("data-stripes"), "the stripes are not in the page twice");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> session.browser.findElement(
                By.cssSelector(".timeline-scrubber")).isDisplayed());
        String stripes = session.browser.findElement(By.cssSelector(".timeline")).getDomAttribute("data-stripes");
        assertEquals(heat.stripes().stream().map(Rgb::hex).toList(), List.of(stripes.split(" ")));
    }

    @Test
    void withoutItsPrintSourcesAPageKeepsItsStandInsAndSaysWhy() throws IOException {
        Files.delete(site.resolve(ImageFiles.prints("ida-2013")));
        session.severeLogs();
        session.open("films/ida-2013/");
        List<String> errors = new ArrayList<>();
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> {
            errors.addAll(session.severeLogs());
            return errors.stream().anyMatch(e -> e.contains("the posters cannot be drawn"));
        });
        session.assertImagesLoaded();
        Object sources = session.browser.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('img[data-print]'), function (i) { return i.src; })");
        assertEquals(5, ((List<?>) sources).size());
        assertTrue(((List<?>) sources).stream().allMatch(src -> String.valueOf(src).endsWith("barcode.svg")),
                "the barcode stands in: " + sources);
    }

    @Test
    void aBarcodeWithoutItsPictureOfTheStripesIsNamedAndThePageKeepsItsStandIns() throws IOException {
        String slug = "collateral-2004";
        Path barcode = site.resolve(ImageFiles.barcodeSvg(slug));
        // A barcode someone replaced by hand: still an image, but not the picture the stripes are read from.
        Files.writeString(barcode, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"150\">"
                + "<rect width=\"1200\" height=\"150\" fill=\"#336699\"/></svg>\n");
        session.severeLogs();
        session.open("films/" + slug + "/");
        List<String> errors = new ArrayList<>();
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> {
            errors.addAll(session.severeLogs());
            return errors.stream().anyMatch(e -> e.contains("the posters cannot be drawn: no picture of the stripes in")
                    && e.contains(ImageFiles.barcodeSvg(slug)));
        });
        session.assertImagesLoaded();
    }

    @Test
    void theFilmPagesAreValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        for (String slug : List.of(SLUG, "spirited-away-2001")) {
            JsonNode report = new ObjectMapper().readTree(validator.validate(site.resolve("films/" + slug
                    + "/index.html")));
            List<String> errors = new ArrayList<>();
            report.path("messages").forEach(m -> {
                if (!"info".equals(m.path("type").asText())) {
                    errors.add(m.path("message").asText() + " [" + m.path("extract").asText() + "]");
                }
            });
            assertEquals(List.of(), errors, slug);
        }
    }

    /** The named print file as the page's script makes it. */
    private static byte[] make(String name) {
        Object base64 = session.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.cinechromePrints.make(arguments[0]).then(function (blob) {"
                + "  var reader = new FileReader();"
                + "  reader.onload = function () { done(reader.result.slice(reader.result.indexOf(',') + 1)); };"
                + "  reader.readAsDataURL(blob); }).catch(function (e) { done('error: ' + e); });", name);
        assertFalse(String.valueOf(base64).startsWith("error"), name + ": " + base64);
        return Base64.getDecoder().decode((String) base64);
    }

    private static String withoutPictures(String svg) {
        return PICTURE.matcher(svg).replaceAll("data:image/png;base64,...");
    }

    private static List<String> pictures(String svg) {
        List<String> found = new ArrayList<>();
        Matcher m = PICTURE.matcher(svg);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static BufferedImage decode(String base64) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what);
        assertEquals(expected.getHeight(), actual.getHeight(), what);
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(hex(expected.getRGB(x, y)), hex(actual.getRGB(x, y)), what + " at " + x + "," + y);
            }
        }
    }

    /** Pixels lighter than any stripe of the test film: the title's lettering. */
    private static int ink(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 255) > 200 && ((rgb >> 8) & 255) > 200 && (rgb & 255) > 200) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }

}
