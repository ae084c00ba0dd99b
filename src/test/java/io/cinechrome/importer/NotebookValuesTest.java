package io.cinechrome.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.Rgb;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The notebook's loosely typed values and its palettes' colours. */
class NotebookValuesTest {

    @Test
    void booleansStoredEveryWay() {
        assertTrue(NotebookValues.bool(1));
        assertTrue(NotebookValues.bool(1L));
        assertFalse(NotebookValues.bool(0));
        assertTrue(NotebookValues.bool(new byte[] {1}));
        assertFalse(NotebookValues.bool(new byte[] {0}));
        assertTrue(NotebookValues.bool(new byte[] {'1'}));
        assertFalse(NotebookValues.bool(new byte[] {'0'}));
        assertTrue(NotebookValues.bool("true"));
        assertTrue(NotebookValues.bool(" 1 "));
        assertFalse(NotebookValues.bool("false"));
        assertTrue(NotebookValues.bool(Boolean.TRUE));
        assertFalse(NotebookValues.bool(null));
    }

    @Test
    void yearsStoredAsText() {
        assertEquals(OptionalInt.of(1995), NotebookValues.year(Optional.of("1995")));
        assertEquals(OptionalInt.of(1995), NotebookValues.year(Optional.of("1995.0")));
        assertEquals(OptionalInt.of(1995), NotebookValues.year(Optional.of("1995-12-15")));
        assertEquals(OptionalInt.empty(), NotebookValues.year(Optional.empty()));
        assertEquals(OptionalInt.empty(), NotebookValues.year(Optional.of("unknown")));
        assertEquals(OptionalInt.empty(), NotebookValues.year(Optional.of("0000")));
        assertEquals(OptionalInt.empty(), NotebookValues.year(Optional.of("19951")));
    }

    @Test
    void coloursAreKeptExactlyAndBrokenOnesNamed() throws ImportException {
        assertEquals(List.of(new Rgb(15, 26, 69), new Rgb(255, 0, 0)),
                NotebookJson.colours("[[15, 26, 69], [255, 0, 0]]"));
        assertTrue(assertThrows(ImportException.class, () -> NotebookJson.colours("[[1, 2]]")).getMessage()
                .contains("[1,2] is not [r, g, b]"));
        assertTrue(assertThrows(ImportException.class, () -> NotebookJson.colours("[[1, 2, 2.5]]")).getMessage()
                .contains("whole numbers 0-255"));
        assertTrue(assertThrows(ImportException.class, () -> NotebookJson.colours("[]")).getMessage()
                .contains("not a list of [r, g, b] colours"));
        assertTrue(assertThrows(ImportException.class, () -> NotebookJson.colours("[[1, 2, 3]")).getMessage()
                .contains("not JSON"));
    }

    @Test
    void theActivePaletteElseTheLatest() {
        NotebookPalette old = palette("a", false, "2020-01-01 00:00:00");
        NotebookPalette active = palette("b", true, "2021-01-01 00:00:00");
        NotebookPalette latest = palette("c", false, "2022-01-01 00:00:00");
        NotebookPalette undated = palette("d", false, "");
        assertEquals(active, Notebook.chosen(List.of(old, active, latest)));
        assertEquals(latest, Notebook.chosen(List.of(old, latest, undated)));
        NotebookPalette sameDate = palette("e", false, "2022-01-01 00:00:00");
        assertEquals(sameDate, Notebook.chosen(List.of(latest, sameDate)), "ties go to the later row");
    }

    private static NotebookPalette palette(String id, boolean active, String date) {
        return new NotebookPalette(Optional.of(id), active, date, false, "[[1, 2, 3]]");
    }
}
