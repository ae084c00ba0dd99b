package io.cinechrome.library;

import java.util.Locale;

/** The {@code scan} command's human-readable report: one line per film, its files, then the notices. */
public final class ScanText {

    private ScanText() {
    }

    /** The report, one line per film and per file of a film in several files, then every notice. */
    public static String write(String library, LibraryScan scan) {
        StringBuilder text = new StringBuilder();
        long series = scan.films().stream().filter(f -> f.kind() == FilmKind.SERIES).count();
        text.append(String.format(Locale.ROOT, "Library %s: %d %s (%d series), %d %s%n", library,
                scan.films().size(), scan.films().size() == 1 ? "film" : "films", series, scan.notices().size(),
                scan.notices().size() == 1 ? "notice" : "notices"));
        for (LibraryFilm film : scan.films()) {
            text.append("  ").append(film.slug()).append("  ").append(film.name().display());
            if (!film.collection().isEmpty()) {
                text.append("  [").append(String.join(" / ", film.collection())).append(']');
            }
            if (film.kind() == FilmKind.SERIES) {
                text.append("  series of ").append(film.parts().size()).append(film.parts().size() == 1
                        ? " episode" : " episodes");
            } else if (film.parts().size() > 1) {
                text.append("  in ").append(film.parts().size()).append(" parts");
            }
            text.append(System.lineSeparator());
            for (LibraryPart part : film.parts()) {
                text.append("      ").append(part.relativePath()).append(System.lineSeparator());
            }
        }
        for (Notice notice : scan.notices()) {
            text.append("  ").append(notice).append(System.lineSeparator());
        }
        return text.toString();
    }
}
