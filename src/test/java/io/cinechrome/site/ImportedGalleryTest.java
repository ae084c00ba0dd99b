package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinechrome.cli.Main;
import io.cinechrome.testing.ImportFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end: {@code import} of the notebook's and the fingerprint scripts' files, then {@code render}; the
 * gallery passes the Nu HTML Checker, and in Chromium the imported films show without a timeline or percentages
 * when they have none, and take part in the colour search and the similar films.
 */
class ImportedGalleryTest {

    @TempDir
    static Path dir;
    static Path site;
    static String importOutput;
    static int importExit;
    static int renderExit;

    @BeforeAll
    static void importAndRender() throws Exception {
        List<Path> files = ImportFixtures.all(dir.resolve("in"));
        List<String> args = new ArrayList<>(List.of("import", "--catalog", dir.resolve("catalog").toString(),
                "--stripes", "60", "--from"));
        files.forEach(f -> args.add(f.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        importExit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false)
                .run(args.toArray(String[]::new));
        importOutput = out.toString(StandardCharsets.UTF_8);
        site = dir.resolve("site");
        renderExit = new Main(System.out, System.err, false).run("render", "--catalog",
                dir.resolve("catalog").toString(), "--site", site.toString(), "--poster-size", "600",
                "--thumb-size", "300", "--threads", "2");
    }

    @Test
    void importReportsAndRenderSucceeds() {
        assertEquals(1, importExit, "bad inputs make the import fail: " + importOutput);
        assertTrue(importOutput.contains("9 imported, 0 unchanged, 3 without a palette, 0 kept, 7 failed"),
                importOutput);
        assertEquals(0, renderExit);
        for (String slug : List.of("heat-1995", "ida", "the-matrix-1999")) {
            // No social.png: without a site URL no page links to it.
            for (String image : List.of("poster.png", "poster.svg", "barcode.png", "palette.png")) {
                assertTrue(Files.isRegularFile(site.resolve("img").resolve(slug).resolve(image)), slug + "/" + image);
            }
        }
    }

    @Test
    void dataFilesSayTheSharesAreUnknown() throws Exception {
        JsonNode films = new ObjectMapper().readTree(site.resolve("data/films.json").toFile()).path("films");
        for (JsonNode film : films) {
            JsonNode share = film.path("palette").get(0).get("share");
            if (film.path("slug").asText().equals("heat-1995")) {
                assertTrue(share.isNull(), film.toString());
                assertEquals(0, film.path("stripes").size());
            } else if (film.path("slug").asText().equals("the-matrix-1999")) {
                assertTrue(share.isNumber() && share.asDouble() > 0.7, film.toString());
            }
        }
        String colours = Files.readString(site.resolve("data/colours.js"));
        assertTrue(colours.contains("\"sharesUnknown\":[\"amelie-2001\""), colours);
        String css = Files.readString(site.resolve("films/heat-1995/palette.css"));
        assertTrue(css.contains("share unknown") && !css.contains("%"), css);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        List<Path> pages = SiteLinks.pages(site);
        for (Path page : pages) {
            JsonNode report = json.readTree(validator.validate(page));
            for (JsonNode message : report.path("messages")) {
                String type = message.path("type").asText();
                if ("error".equals(type) || "non-document-error".equals(type)
                        || "fatal".equals(message.path("subType").asText())) {
                    problems.add(site.relativize(page) + ":" + message.path("lastLine").asText() + ": "
                            + message.path("message").asText());
                }
            }
        }
        assertTrue(pages.size() > 9 + 6, "the index pages and one page per imported film: " + pages.size());
        assertEquals(List.of(), problems);
    }

    static BrowserSession session;

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theImportedFilmsWorkInTheBrowser() throws Exception {
        session = new BrowserSession(site, dir.resolve("profile"));
        session.theme("dark");
        session.open("films/heat-1995/");
        assertEquals("Heat", session.browser.findElement(By.tagName("h1")).getText());
        assertEquals(0, session.browser.findElements(By.cssSelector(".timeline-section")).size(),
                "no stripes, no timeline");
        assertEquals(0, session.browser.findElements(By.cssSelector(".swatches span + span b")).size(),
                "no percentages");
        WebElement navy = session.browser.findElement(By.cssSelector(".swatches button[aria-label^='Copy #0f1a45,']"));
        assertFalse(navy.getDomAttribute("aria-label").contains("%"), navy.getDomAttribute("aria-label"));
        String bands = session.browser.findElement(By.cssSelector(".palette-bar")).getDomAttribute("style");
        assertTrue(bands.matches("--strip: ?#\\w{6} 25%,#\\w{6} 0 50%,#\\w{6} 0 75%,#\\w{6} 0;?"),
                "equal bands: " + bands);
        assertFalse(session.browser.findElements(By.cssSelector(".similar-section .card")).isEmpty(),
                "similar films of an imported palette");
        session.assertPageIsClean("imported-film");

        session.open("films/the-matrix-1999/");
        assertEquals(1, session.browser.findElements(By.cssSelector(".timeline-section")).size());
        assertTrue(session.browser.findElement(By.cssSelector(".swatches span + span b")).getText().endsWith("%"));
        assertFalse(session.browser.findElement(By.tagName("main")).getText().contains("Running time"),
                "a fingerprint CSV does not tell the running time");
        session.assertPageIsClean("imported-fingerprint");

        session.open("#color=0f1a45");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                ((JavascriptExecutor) b).executeScript("return window.Cinechrome && window.Cinechrome.ready()")));
        WebElement first = session.browser.findElement(By.cssSelector("[data-sortable] > .card:not([hidden])"));
        assertEquals("films/heat-1995/", first.findElement(By.tagName("a")).getDomAttribute("href"));
        assertEquals("Closest: navy #0f1a45", first.findElement(By.cssSelector(".card-match")).getText());
        session.assertPageIsClean("imported-index");
    }
}
