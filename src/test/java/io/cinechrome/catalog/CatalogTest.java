package io.cinechrome.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.testing.Entries;
import io.cinechrome.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path folder;

    @Test
    void entryJsonMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("catalog/heat-1995.json", CatalogJson.write(Entries.heat()));
        Golden.assertMatches("catalog/tom-and-jerry-1940.json", CatalogJson.write(Entries.hostile()));
    }

    @Test
    void entriesRoundTripThroughTheirFiles() throws Exception {
        Catalog catalog = new Catalog(folder);
        catalog.write(Entries.heat());
        catalog.write(Entries.hostile());
        Catalog.Contents contents = catalog.load();
        assertEquals(List.of(Entries.heat(), Entries.hostile()), contents.entries());
        assertTrue(contents.problems().isEmpty());
        assertEquals(Entries.heat(), catalog.find("heat-1995").orElseThrow());
    }

    @Test
    void brokenAndForeignFilesAreReportedAndLeftUntouched() throws Exception {
        Catalog catalog = new Catalog(folder);
        catalog.write(Entries.heat());
        Path broken = folder.resolve("alien-1979.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"generator\": \"cinechrome\", \"slug\": ");
        Path foreign = folder.resolve("package.json");
        Files.writeString(foreign, "{\"name\": \"something else\"}");
        byte[] brokenBytes = Files.readAllBytes(broken);

        Catalog.Contents contents = catalog.load();

        assertEquals(List.of(Entries.heat()), contents.entries());
        assertEquals(2, contents.problems().size());
        assertTrue(contents.problems().get(0).toString().contains("alien-1979.json"));
        assertTrue(contents.problems().get(0).message().contains("not valid JSON"));
        assertTrue(contents.problems().get(1).message().contains("not a Cinechrome catalogue entry"));
        assertThrows(CatalogFormatException.class, () -> catalog.find("alien-1979"));
        assertArrayEquals(brokenBytes, Files.readAllBytes(broken));
    }

    @Test
    void writesLeaveNoTemporaryFilesAndIdenticalWritesKeepTheFile() throws Exception {
        Catalog catalog = new Catalog(folder);
        catalog.write(Entries.heat());
        Path file = catalog.fileOf("heat-1995");
        long modified = Files.getLastModifiedTime(file).toMillis();
        Thread.sleep(20);
        catalog.write(Entries.heat());
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void anOlderSchemaVersionAsksForForce() {
        String json = CatalogJson.write(Entries.heat()).replace("\"schemaVersion\": 1", "\"schemaVersion\": 0");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.read(json));
        assertTrue(e.getMessage().contains("--force") && !e.newer(), e.getMessage());
    }

    @Test
    void aNewerSchemaVersionIsLeftAloneForANewerCinechrome() {
        String json = CatalogJson.write(Entries.heat()).replace("\"schemaVersion\": 1", "\"schemaVersion\": 99");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.read(json));
        assertTrue(e.newer() && e.getMessage().contains("newer Cinechrome") && e.getMessage().contains("99")
                && !e.getMessage().contains("--force"), e.getMessage());
    }
}
