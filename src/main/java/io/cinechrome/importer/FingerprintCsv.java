package io.cinechrome.importer;

import io.cinechrome.colour.Rgb;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Commons CSV adapter: reads a colour-fingerprint CSV, one row per sampled frame in time order, each row the
 * frame's dominant colour(s) as {@code #rrggbb}. The first colour of a row is the frame's colour. A first row
 * without any colour is a header.
 */
final class FingerprintCsv {

    private static final Pattern COLOUR = Pattern.compile("#?[0-9a-fA-F]{6}");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setCommentMarker(null).get();

    private FingerprintCsv() {
    }

    /**
     * Whether the text is a fingerprint CSV at all: at least one row holds a colour in every non-empty cell.
     * A file that is not text or not CSV is not one.
     */
    static boolean looksLike(Path file) {
        try {
            for (CSVRecord row : records(file)) {
                if (isColourRow(row)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The frames' colours, in row order.
     *
     * @throws ImportException naming the first row with a broken colour, or when there are no colour rows
     */
    static List<Rgb> read(Path file) throws ImportException {
        List<CSVRecord> rows;
        try {
            rows = records(file);
        } catch (CharacterCodingException e) {
            throw new ImportException(file + " is not UTF-8 text; pass the fingerprint CSV as the script wrote it", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file + " cannot be read as CSV (" + e.getMessage() + ")", e);
        }
        List<Rgb> frames = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            if (i == 0 && isHeader(row)) {
                continue;
            }
            frames.add(colour(file, row));
        }
        if (frames.isEmpty()) {
            throw new ImportException(file + " has no colour rows; a fingerprint CSV has one #rrggbb row per frame");
        }
        return frames;
    }

    private static Rgb colour(Path file, CSVRecord row) throws ImportException {
        for (String cell : row) {
            if (!cell.isBlank() && !COLOUR.matcher(cell.strip()).matches()) {
                throw new ImportException(file + ": row " + row.getRecordNumber() + " has '" + cell.strip()
                        + "', not a #rrggbb colour; fix or remove the row and import the file again");
            }
        }
        for (String cell : row) {
            if (!cell.isBlank()) {
                return Rgb.parse(cell.strip());
            }
        }
        throw new IllegalStateException("an empty row was not skipped");
    }

    private static boolean isHeader(CSVRecord row) {
        for (String cell : row) {
            if (COLOUR.matcher(cell.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isColourRow(CSVRecord row) {
        boolean any = false;
        for (String cell : row) {
            if (!cell.isBlank()) {
                if (!COLOUR.matcher(cell.strip()).matches()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord row : FORMAT.parse(reader)) {
                if (!isBlank(row)) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static boolean isBlank(CSVRecord row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
