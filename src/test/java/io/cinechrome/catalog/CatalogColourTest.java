package io.cinechrome.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.decode.VideoColour;
import io.cinechrome.testing.Entries;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogColourTest {

    static final VideoColour HDR10 = new VideoColour(VideoColour.Matrix.BT2020NC, VideoColour.Range.LIMITED,
            VideoColour.Primaries.BT2020, VideoColour.Transfer.PQ, true);

    /** The entry with a recorded colour description. */
    static CatalogEntry withColour(CatalogEntry e, VideoColour colour) {
        return e.withColour(colour);
    }

    @Test
    void colourDescriptionIsWrittenAfterTheSourceAndReadBack() throws Exception {
        CatalogEntry hdr = withColour(Entries.heat(), HDR10);
        String json = CatalogJson.write(hdr);
        assertTrue(json.contains("""
                  "colour": {
                    "matrix": "bt2020nc",
                    "range": "limited",
                    "primaries": "bt2020",
                    "transfer": "pq",
                    "tagged": true,
                    "toneMapped": true
                  },
                """), json);
        assertTrue(json.indexOf("\"source\"") < json.indexOf("\"colour\""), json);
        CatalogEntry read = CatalogJson.read(json);
        assertEquals(hdr, read);
        assertTrue(read.hdr());
    }

    @Test
    void entriesWithoutAColourDescriptionStayWithoutOne() throws Exception {
        String json = CatalogJson.write(Entries.heat());
        assertFalse(json.contains("\"colour\""), json);
        CatalogEntry read = CatalogJson.read(json);
        assertEquals(Optional.empty(), read.colour());
        assertFalse(read.hdr());
    }

    @Test
    void unknownColourValueIsAnInvalidEntry() {
        String json = CatalogJson.write(withColour(Entries.heat(), HDR10)).replace("\"pq\"", "\"dolby\"");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.read(json));
        assertTrue(e.getMessage().contains("dolby"), e.getMessage());
    }
}
