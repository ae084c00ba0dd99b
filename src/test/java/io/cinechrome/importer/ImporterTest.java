package io.cinechrome.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.catalog.Catalog;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Origin;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import io.cinechrome.testing.Entries;
import io.cinechrome.testing.ImportFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import stage on fixtures written from the tools' descriptions, quirks and bad inputs included. */
class ImporterTest {

    static final AnalysisSettings SETTINGS = new AnalysisSettings(10, 4, 60, Sampling.FAST);

    @TempDir
    Path dir;

    @Test
    void importsEveryGoodFilmAndReportsTheRest() throws Exception {
        List<Path> files = ImportFixtures.all(dir.resolve("in"));
        Catalog catalog = new Catalog(dir.resolve("catalog"));
        ImportReport report = new Importer(SETTINGS, false).run(files, catalog);

        assertEquals(List.of("heat-1995", "ida", "amelie-2001", "stalker-1979", "solaris", "collateral-2004",
                "in-the-mood-for-love-2000", "the-matrix-1999", "blade-runner-1982"),
                report.imported().stream().map(line -> line.split(" ")[0]).toList());
        assertEquals(3, report.withoutPalette().size(), report.withoutPalette().toString());
        assertTrue(report.withoutPalette().get(0).contains("Missing Film (1990): no palette (No movie file found)"),
                report.withoutPalette().toString());
        assertTrue(report.withoutPalette().get(1).contains("Two Files (1991): no palette (More than 1 video"),
                report.withoutPalette().toString());
        assertTrue(report.withoutPalette().get(2).contains("movies_palettes.json: Chungking Express (1994)"));
        assertEquals(7, report.failures().size(), String.join("\n", report.failures()));
        assertFalse(report.ok());
        List<String> failures = report.failures();
        assertTrue(failures.get(0).contains("movies.db: Broken Colours (1992): palette broken cannot be imported,"
                + " colour [300,0,0] is not [r, g, b] of whole numbers 0-255"), failures.get(0));
        assertFailure(failures, "empty.csv is empty");
        assertFailure(failures, "notes.txt is none of the files cinechrome import reads");
        assertFailure(failures, "other.db is a SQLite database but not the movies-palettes notebook's (its tables"
                + " are [movies, users], not movies and palettes)");
        assertFailure(failures, "broken.csv: row 3 has '#12zz45', not a #rrggbb colour");
        assertFailure(failures, "random.json is JSON but not the notebook's movies_palettes.json");
        assertFailure(failures, "blank.csv is empty");

        assertEquals(9, catalog.load().entries().size());
        assertEquals(List.of(), catalog.load().problems());
        try (Stream<Path> leftovers = Files.list(catalog.folder())) {
            assertEquals(9, leftovers.count(), "no temporary files and nothing from the failed inputs");
        }
    }

    @Test
    void notebookEntriesKeepTheChosenPaletteExactlyWithUnknownShares() throws Exception {
        Catalog catalog = new Catalog(dir.resolve("catalog"));
        Path db = ImportFixtures.notebookDatabase(dir.resolve("movies.db"));
        new Importer(SETTINGS, false).run(List.of(db), catalog);

        CatalogEntry heat = catalog.find("heat-1995").orElseThrow();
        assertEquals("Heat", heat.title());
        assertEquals(OptionalInt.of(1995), heat.year());
        assertEquals(Optional.of("Michael Mann"), heat.director());
        assertEquals(10236, heat.durationSeconds());
        assertEquals(ImportFixtures.HEAT, hexes(heat), "the active palette, not the later inactive one");
        assertFalse(heat.sharesKnown());
        heat.palette().forEach(s -> assertEquals(0.25, s.share(), 1e-12));
        assertEquals(List.of(), heat.stripes());
        assertEquals(Optional.of(new Origin(Origin.NOTEBOOK, "movies.db", Optional.of("heat-a"))), heat.origin());
        assertTrue(heat.settings().isEmpty() && heat.source().isEmpty());
        assertEquals(heat.palette().stream().map(Swatch::colour).toList(), heat.bars());

        CatalogEntry ida = catalog.find("ida").orElseThrow();
        assertEquals(OptionalInt.empty(), ida.year(), "NULL year");
        assertTrue(ida.blackAndWhite(), "black and white stored as a one-byte blob");
        assertEquals(ImportFixtures.IDA, hexes(ida), "the latest of the inactive palettes");
        assertEquals(ImportFixtures.AMELIE, hexes(catalog.find("amelie-2001").orElseThrow()));
        assertFalse(catalog.find("amelie-2001").orElseThrow().blackAndWhite());

        String json = Files.readString(catalog.fileOf("heat-1995"));
        assertFalse(json.contains("\"share\""), "no invented shares: " + json);
        assertTrue(json.contains("\"sharesKnown\": false") && json.contains("\"tool\": \"movies-palettes\""), json);
    }

    @Test
    void olderFilesLackColumnsAndTheJsonLayout() throws Exception {
        Catalog catalog = new Catalog(dir.resolve("catalog"));
        ImportReport report = new Importer(SETTINGS, false).run(List.of(
                ImportFixtures.olderNotebookDatabase(dir.resolve("old.db")),
                ImportFixtures.notebookJson(dir.resolve("movies_palettes.json"))), catalog);
        assertTrue(report.ok(), report.failures().toString());
        CatalogEntry stalker = catalog.find("stalker-1979").orElseThrow();
        assertEquals(List.of("#5c5428", "#1e1e19"), hexes(stalker));
        assertEquals(Optional.empty(), stalker.director());
        assertEquals(0, stalker.durationSeconds());
        CatalogEntry collateral = catalog.find("collateral-2004").orElseThrow();
        assertEquals(ImportFixtures.COLLATERAL, hexes(collateral), "the latest palette");
        assertEquals(7200, collateral.durationSeconds());
        assertEquals("c2", collateral.origin().orElseThrow().palette().orElseThrow());
        assertEquals(OptionalInt.of(2000), catalog.find("in-the-mood-for-love-2000").orElseThrow().year(),
                "a year given as a number");
    }

    @Test
    void fingerprintRowsBecomeStripesAndThePaletteHasShares() throws Exception {
        Catalog catalog = new Catalog(dir.resolve("catalog"));
        List<Path> csvs = ImportFixtures.fingerprints(dir.resolve("csv"));
        ImportReport report = new Importer(SETTINGS, false).run(csvs, catalog);
        assertTrue(report.ok(), report.failures().toString());

        CatalogEntry matrix = catalog.find("the-matrix-1999").orElseThrow();
        assertEquals("The Matrix", matrix.title());
        assertEquals(Optional.of("Lana Wachowski"), matrix.director());
        assertEquals(60, matrix.stripes().size(), "600 rows resampled to 60 stripes");
        Rgb green = Rgb.parse(ImportFixtures.MATRIX_GREEN);
        Rgb black = Rgb.parse(ImportFixtures.MATRIX_BLACK);
        assertEquals(green, matrix.stripes().get(0));
        assertEquals(green, matrix.stripes().get(44));
        assertEquals(black, matrix.stripes().get(45));
        assertEquals(black, matrix.stripes().get(59));
        assertTrue(matrix.sharesKnown());
        assertEquals(2, matrix.palette().size(), matrix.palette().toString());
        assertEquals(0.75, matrix.palette().get(0).share(), 0.01);
        assertEquals(green, matrix.palette().get(0).colour());
        assertEquals(Optional.of(new Origin(Origin.FINGERPRINT, "The Matrix (1999, Lana Wachowski).csv",
                Optional.empty())), matrix.origin());

        CatalogEntry blade = catalog.find("blade-runner-1982").orElseThrow();
        assertEquals(ImportFixtures.BLADE_RUNNER_ROWS, blade.stripes().size(), "fewer rows than stripes: kept");
        assertEquals(Rgb.parse("#1a2a6c"), blade.stripes().get(0));
        assertEquals(Rgb.parse("#b21f1f"), blade.stripes().get(1), "the first colour of each row");
        assertEquals(Optional.empty(), blade.director());
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        List<Path> files = ImportFixtures.all(dir.resolve("in"));
        Catalog catalog = new Catalog(dir.resolve("catalog"));
        new Importer(SETTINGS, false).run(files, catalog);
        byte[] heat = Files.readAllBytes(catalog.fileOf("heat-1995"));
        byte[] matrix = Files.readAllBytes(catalog.fileOf("the-matrix-1999"));
        long modified = Files.getLastModifiedTime(catalog.fileOf("heat-1995")).toMillis();

        ImportReport again = new Importer(SETTINGS, false).run(files, catalog);
        assertEquals(List.of(), again.imported());
        assertEquals(9, again.unchanged().size());
        assertArrayEquals(heat, Files.readAllBytes(catalog.fileOf("heat-1995")));
        assertArrayEquals(matrix, Files.readAllBytes(catalog.fileOf("the-matrix-1999")));
        assertEquals(modified, Files.getLastModifiedTime(catalog.fileOf("heat-1995")).toMillis());
    }

    @Test
    void anEntryAnalysedFromVideoIsKeptUnlessForced() throws Exception {
        Catalog catalog = new Catalog(dir.resolve("catalog"));
        CatalogEntry analysed = Entries.heat();
        catalog.write(analysed);
        byte[] before = Files.readAllBytes(catalog.fileOf("heat-1995"));
        Path db = ImportFixtures.notebookDatabase(dir.resolve("movies.db"));

        ImportReport kept = new Importer(SETTINGS, false).run(List.of(db), catalog);
        assertEquals(1, kept.kept().size(), kept.kept().toString());
        assertTrue(kept.kept().get(0).startsWith("heat-1995 (from movies.db): already analysed from video"));
        assertArrayEquals(before, Files.readAllBytes(catalog.fileOf("heat-1995")));

        ImportReport forced = new Importer(SETTINGS, true).run(List.of(db), catalog);
        assertEquals(List.of(), forced.kept());
        assertTrue(catalog.find("heat-1995").orElseThrow().imported());
    }

    @Test
    void aForeignFileInTheCatalogueIsLeftUntouched() throws Exception {
        Catalog catalog = new Catalog(dir.resolve("catalog"));
        Files.createDirectories(catalog.folder());
        Files.writeString(catalog.fileOf("heat-1995"), "{\"mine\": true}");
        ImportReport report = new Importer(SETTINGS, false)
                .run(List.of(ImportFixtures.notebookDatabase(dir.resolve("movies.db"))), catalog);
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("heat-1995.json is not a valid catalogue"
                + " entry")), report.failures().toString());
        assertEquals("{\"mine\": true}", Files.readString(catalog.fileOf("heat-1995")));
        assertTrue(catalog.find("ida").isPresent());
    }

    private static void assertFailure(List<String> failures, String expected) {
        assertTrue(failures.stream().anyMatch(f -> f.contains(expected)), expected + " in\n"
                + String.join("\n", failures));
    }

    private static List<String> hexes(CatalogEntry entry) {
        return entry.palette().stream().map(s -> s.colour().hex()).toList();
    }
}
