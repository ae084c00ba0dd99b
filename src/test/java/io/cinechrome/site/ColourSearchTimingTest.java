package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the colour search of a 1000-film gallery in headless Chromium: the page's own search (scoring every
 * palette from data/colours.js and reordering the grid's 1000 cards), with and without the layout that follows.
 * Prints the numbers; it asserts only that every film was ranked, since timings depend on the machine.
 */
class ColourSearchTimingTest {

    static final int FILMS = 1000;
    static final String[] COLOURS = {"1e90ff", "d7261e", "3a9a3f", "f5dd3a", "7a3aa0", "101010", "f4f4f4",
        "c8a37a", "1d7a78", "ec7a1c", "e060a8", "6b4426"};

    @Test
    void searchingAThousandFilms(@TempDir Path dir) throws IOException {
        List<CatalogEntry> films = SiteFixture.synthetic(FILMS, 42);
        Path site = dir.resolve("site");
        long start = System.nanoTime();
        SiteReport report = new SiteStage(SiteSettings.defaults()).generate(films, site);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long dataBytes = Files.size(site.resolve(FilmsJson.COLOUR_DATA));
        try (BrowserSession session = new BrowserSession(site, dir.resolve("profile"))) {
            session.open("");
            new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) b).executeScript("return window.Cinechrome && Cinechrome.ready()")));
            List<Double> script = new ArrayList<>();
            List<Double> withLayout = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String colour : COLOURS) {
                    @SuppressWarnings("unchecked")
                    List<Number> times = (List<Number>) session.browser.executeScript(
                            "var t0 = performance.now(); var shown = Cinechrome.searchColour(arguments[0]);"
                            + "var t1 = performance.now(); document.body.offsetHeight; var t2 = performance.now();"
                            + "return [shown, t1 - t0, t2 - t0];", colour);
                    assertEquals(FILMS, times.get(0).intValue(), "every film is ranked");
                    if (round > 0) {
                        script.add(times.get(1).doubleValue());
                        withLayout.add(times.get(2).doubleValue());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "Colour search over %d films (%d KB of data/colours.js, site built in %d ms,"
                    + " %d files): script median %.1f ms, max %.1f ms; with layout median %.1f ms, max %.1f ms%n",
                    FILMS, dataBytes / 1024, buildMillis, report.files(), median(script), max(script),
                    median(withLayout), max(withLayout));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
