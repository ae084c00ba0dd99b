package io.cinechrome.importer;

import java.util.List;

/**
 * What an import did. Each list holds one line per film or file, for the report.
 *
 * @param imported       slugs of the entries written (new or changed)
 * @param unchanged      slugs of the entries that already held exactly the imported data
 * @param withoutPalette films the files list without a palette: reported, not imported
 * @param kept           films already analysed from video, left alone (without {@code --force})
 * @param failures       files and films that could not be imported, with the reason and the fix
 */
public record ImportReport(List<String> imported, List<String> unchanged, List<String> withoutPalette,
        List<String> kept, List<String> failures) {

    public ImportReport {
        imported = List.copyOf(imported);
        unchanged = List.copyOf(unchanged);
        withoutPalette = List.copyOf(withoutPalette);
        kept = List.copyOf(kept);
        failures = List.copyOf(failures);
    }

    /** Whether every file and film could be read (films without a palette and kept entries are no failure). */
    public boolean ok() {
        return failures.isEmpty();
    }
}
