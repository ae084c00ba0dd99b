package io.cinechrome.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.Rgb;
import io.cinechrome.testing.Entries;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Imported entries in the catalogue: origin instead of settings and source, shares unknown, no stripes. */
class ImportedEntryJsonTest {

    static CatalogEntry imported() {
        return CatalogEntry.imported("heat-1995", "Heat", OptionalInt.of(1995), Optional.empty(), 0, false,
                List.of(new Swatch(Rgb.parse("#0f1a45"), 1.0 / 3), new Swatch(Rgb.parse("#1d7a78"), 1.0 / 3),
                        new Swatch(Rgb.parse("#101010"), 1.0 / 3)),
                List.of(), new Origin(Origin.NOTEBOOK, "movies.db", Optional.of("p1")), false);
    }

    @Test
    void roundTripsByteForByte() throws CatalogFormatException {
        String json = CatalogJson.write(imported());
        CatalogEntry read = CatalogJson.read(json);
        assertEquals(imported(), read);
        assertEquals(json, CatalogJson.write(read));
        assertFalse(json.contains("share\"") || json.contains("\"settings\"") || json.contains("\"source\""), json);
        assertEquals(Rgb.parse("#0f1a45"), read.dominant().colour(), "equal shares: the first colour dominates");
        assertEquals(3, read.bars().size());
    }

    @Test
    void anAnalysedEntryIsWrittenAsBefore() throws CatalogFormatException {
        String json = CatalogJson.write(Entries.heat());
        assertFalse(json.contains("origin") || json.contains("sharesKnown"), json);
        assertTrue(CatalogJson.read(json).sharesKnown());
    }

    @Test
    void anEntryIsEitherAnalysedOrImported() {
        String neither = CatalogJson.write(imported()).replaceAll("(?s),\\s*\"origin\": \\{[^}]*\\}", "");
        assertTrue(assertThrows(CatalogFormatException.class, () -> CatalogJson.read(neither)).getMessage()
                .contains("either analysed (settings and source) or imported (origin)"), neither);
        CatalogEntry heat = Entries.heat();
        assertThrows(IllegalArgumentException.class, () -> new CatalogEntry(heat.slug(), heat.title(), heat.year(),
                heat.director(), 1, false, heat.palette(), List.of(), heat.settings().orElseThrow(),
                heat.source().orElseThrow()), "an analysed entry needs stripes");
    }
}
