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

    @Test
    void badStripesMakeAnInvalidEntryThatNamesTheStripe() {
        String json = CatalogJson.write(Entries.heat());
        String first = "\"" + Entries.heat().stripes().get(0).hex() + "\"";
        for (String[] wrong : new String[][] {{"\"#12345g\"", "not a colour: '#12345g'"},
                {"42", "a stripe must be a \"#rrggbb\" string, not VALUE_NUMBER_INT"},
                {"[\"#000000\"]", "a stripe must be a \"#rrggbb\" string, not START_ARRAY"}}) {
            int stripes = json.indexOf("\"stripes\": [");
            String bad = json.substring(0, stripes) + json.substring(stripes).replaceFirst(first, wrong[0]);
            CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.read(bad),
                    wrong[0]);
            assertTrue(e.getMessage().startsWith("invalid entry (") && e.getMessage().contains(wrong[1]),
                    e.getMessage());
        }
        String notAnArray = json.replaceFirst("\"stripes\": \\[[^\\]]*\\]", "\"stripes\": \"#000000\"");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.read(notAnArray));
        assertTrue(e.getMessage().contains("\"stripes\" must be an array"), e.getMessage());
        String foreign = "{\"stripes\": [\"not a colour\"], \"name\": \"something else\"}";
        e = assertThrows(CatalogFormatException.class, () -> CatalogJson.read(foreign));
        assertTrue(e.getMessage().contains("not a Cinechrome catalogue entry"),
                "a foreign file is foreign before its fields are judged: " + e.getMessage());
        String none = json.replaceFirst(",\\s*\"stripes\": \\[[^\\]]*\\]", "");
        e = assertThrows(CatalogFormatException.class, () -> CatalogJson.read(none));
        assertTrue(e.getMessage().contains("stripes must not be empty"), e.getMessage());
    }
}
