package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cinechrome.catalog.Catalog;
import io.cinechrome.testing.Entries;
import io.cinechrome.testing.JarProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typo in --catalog must not empty a published gallery: {@code render} and {@code build} refuse a catalogue
 * folder that is missing or holds no readable entry, and leave a copy of the demo site byte for byte as it was.
 */
class CatalogueGuardTest {

    @TempDir
    Path root;
    private Path demo;
    private Path site;

    private record Result(int exit, String text) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), false).run(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void copyDemoSite() throws IOException {
        demo = Path.of(System.getProperty("cinechrome.projectDir", "."), "site");
        assumeTrue(Files.isRegularFile(demo.resolve("index.html")), "skipped: no demo site in " + demo);
        site = root.resolve("site");
        try (Stream<Path> paths = Files.walk(demo)) {
            for (Path path : paths.toList()) {
                Path copy = site.resolve(demo.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private void assertSiteUnchanged(Result result) throws IOException {
        assertTrue(result.exit() == 1 || result.exit() == 2, result.text());
        JarProcess.assertSameTree(demo, site);
    }

    @Test
    void renderRefusesAMissingCatalogueFolder() throws Exception {
        Path typo = root.resolve("catlog");
        Result result = run("render", "--catalog", typo.toString(), "--site", site.toString());
        assertTrue(result.text().contains(typo.toString()) && result.text().contains("does not exist")
                && result.text().contains("--catalog"), result.text());
        assertSiteUnchanged(result);
        assertFalse(Files.exists(typo), "the typo is not created");
    }

    @Test
    void renderRefusesAnEmptyCatalogueFolder() throws Exception {
        Path empty = Files.createDirectories(root.resolve("empty"));
        Result result = run("render", "--catalog", empty.toString(), "--site", site.toString());
        assertTrue(result.text().contains(empty.toString()) && result.text().contains("no readable entry")
                && result.text().contains("run analyze"), result.text());
        assertSiteUnchanged(result);
    }

    @Test
    void renderRefusesACatalogueWithoutOneReadableEntry() throws Exception {
        Path broken = Files.createDirectories(root.resolve("broken"));
        Files.writeString(broken.resolve("heat-1995.json"), "{ half a file");
        Files.writeString(broken.resolve(".heat-1995.json~1@host~2.tmp"), "{}");
        Result result = run("render", "--catalog", broken.toString(), "--site", site.toString());
        assertTrue(result.text().contains("heat-1995.json") && result.text().contains("no readable entry"),
                result.text());
        assertSiteUnchanged(result);
    }

    @Test
    void buildRefusesWhenNoFilmEndsUpInTheCatalogue() throws Exception {
        Path library = Files.createDirectories(root.resolve("library"));
        Files.writeString(library.resolve("Broken (1999).mkv"), "not a video");
        Path catalog = root.resolve("catalog");
        Result result = run("build", "--library", library.toString(), "--catalog", catalog.toString(), "--site",
                site.toString());
        assertTrue(result.text().contains(catalog.toString()) && result.text().contains("no readable entry"),
                result.text());
        assertSiteUnchanged(result);
    }

    @Test
    void renderStillRemovesThePagesOfFilmsThatLeftANonEmptyCatalogue() throws Exception {
        Path catalog = root.resolve("two");
        Catalog two = new Catalog(catalog);
        two.write(Entries.heat());
        two.write(Entries.hostile());
        Path fresh = root.resolve("fresh");
        assertEquals(0, run("render", "--catalog", catalog.toString(), "--site", fresh.toString()).exit());
        assertTrue(Files.exists(fresh.resolve("films/tom-and-jerry-1940/index.html")));
        two.remove("tom-and-jerry-1940");
        Result result = run("render", "--catalog", catalog.toString(), "--site", fresh.toString());
        assertEquals(0, result.exit(), result.text());
        assertFalse(Files.exists(fresh.resolve("films/tom-and-jerry-1940")), result.text());
        assertFalse(Files.exists(fresh.resolve("img/tom-and-jerry-1940")), result.text());
        assertTrue(Files.exists(fresh.resolve("films/heat-1995/index.html")));
        assertFalse(Files.exists(fresh.resolve(io.cinechrome.files.SiteLock.FILE_NAME)), "the lock is released");
    }
}
