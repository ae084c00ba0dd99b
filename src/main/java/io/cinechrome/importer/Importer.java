package io.cinechrome.importer;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.StripePalette;
import io.cinechrome.catalog.Catalog;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.CatalogFormatException;
import io.cinechrome.catalog.Origin;
import io.cinechrome.colour.Rgb;
import io.cinechrome.library.FilmName;
import io.cinechrome.library.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry class of the import stage: turns palettes computed by other tools into catalogue entries without
 * touching a video. Reads, by content, the movies-palettes notebook's {@code movies.db} (SQLite) and
 * {@code movies_palettes.json}, and colour-fingerprint CSVs. A file or film that cannot be imported is reported
 * and the rest imported; a file is read completely before any of its entries is written, each atomically.
 * An imported entry never replaces one analysed from video unless forced.
 */
public final class Importer {

    /** Files up to this size are read whole to tell an empty (blank) file. */
    private static final int BLANK_CHECK_BYTES = 4096;
    private static final String NONE_OF_THE_THREE = " is none of the files cinechrome import reads (the"
            + " movies-palettes notebook's movies.db or movies_palettes.json, or a colour-fingerprint CSV of"
            + " #rrggbb rows); pass one of those";

    private final AnalysisSettings settings;
    private final boolean force;

    /**
     * @param settings the stripe count (fingerprints with more rows are resampled to it) and the palette size
     *                 and grey levels of palettes built from fingerprints
     * @param force    replace entries analysed from video too
     */
    public Importer(AnalysisSettings settings, boolean force) {
        this.settings = settings;
        this.force = force;
    }

    /** Imports the files, in the order given, into the catalogue. */
    public ImportReport run(List<Path> files, Catalog catalog) {
        Outcome outcome = new Outcome();
        List<Candidate> films = new ArrayList<>();
        for (Path file : files) {
            try {
                Reading reading = read(file);
                films.addAll(reading.films());
                outcome.withoutPalette.addAll(reading.withoutPalette());
                outcome.failures.addAll(reading.broken());
            } catch (ImportException e) {
                outcome.failures.add(e.getMessage());
            }
        }
        Set<String> used = new HashSet<>();
        for (Candidate film : films) {
            store(entry(film, slug(film.name(), used)), catalog, outcome);
        }
        return new ImportReport(outcome.imported, outcome.unchanged, outcome.withoutPalette, outcome.kept,
                outcome.failures);
    }

    /** The report's lists while an import runs. */
    private static final class Outcome {
        final List<String> imported = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<String> withoutPalette = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
    }

    private Reading read(Path file) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + " does not exist or is not a file; check the path given to --from");
        }
        byte[] head = head(file);
        if (head.length == 0 || new String(head, StandardCharsets.UTF_8).isBlank()
                && size(file) <= BLANK_CHECK_BYTES) {
            throw new ImportException(file + " is empty; pass the file the tool wrote, not an empty copy");
        }
        String name = file.getFileName().toString();
        if (startsWith(head, NotebookDatabase.MAGIC)) {
            return notebook(NotebookDatabase.read(file), file, name);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{") || text.startsWith("[")) {
            return notebook(NotebookJson.read(file), file, name);
        }
        if (FingerprintCsv.looksLike(file)) {
            return new Reading(List.of(fingerprint(FingerprintCsv.read(file), name)), List.of(), List.of());
        }
        throw new ImportException(file + NONE_OF_THE_THREE);
    }

    private static Reading notebook(List<NotebookFilm> films, Path file, String name) throws ImportException {
        if (films.isEmpty()) {
            throw new ImportException(file + " holds no films; compute palettes in the notebook first");
        }
        return Notebook.of(films, name);
    }

    private Candidate fingerprint(List<Rgb> frames, String fileName) {
        List<Rgb> stripes = Resample.stripes(frames, settings.stripes());
        StripePalette palette = StripePalette.of(stripes, settings);
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        FilmName name = FilmName.guess(stem);
        return new Candidate(name, 0, palette.blackAndWhite(), palette.palette(), stripes, true,
                new Origin(Origin.FINGERPRINT, fileName, Optional.empty()));
    }

    /** The library's slug for the name; clashes among the imported films are numbered -2, -3, ... */
    private static String slug(FilmName name, Set<String> used) {
        String base = Slugs.of(name);
        String slug = base;
        for (int count = 2; used.contains(slug); count++) {
            slug = base + "-" + count;
        }
        used.add(slug);
        return slug;
    }

    private static CatalogEntry entry(Candidate film, String slug) {
        return CatalogEntry.imported(slug, film.name().title(), film.name().year(), film.name().director(),
                film.durationSeconds(), film.blackAndWhite(), film.palette(), film.stripes(), film.origin(),
                film.sharesKnown());
    }

    private void store(CatalogEntry entry, Catalog catalog, Outcome outcome) {
        String from = entry.origin().map(o -> " (from " + o.file() + ")").orElse("");
        try {
            Optional<CatalogEntry> stored = catalog.find(entry.slug());
            if (stored.isPresent() && !stored.get().imported() && !force) {
                outcome.kept.add(entry.slug() + from + ": already analysed from video, kept; --force replaces it"
                        + " with the imported palette");
            } else if (catalog.write(entry)) {
                outcome.imported.add(entry.slug() + from);
            } else {
                outcome.unchanged.add(entry.slug() + from);
            }
        } catch (CatalogFormatException e) {
            outcome.failures.add(catalog.fileOf(entry.slug()) + " is not a valid catalogue entry (" + e.getMessage()
                    + "); it is left untouched: fix or delete it, then import again");
        } catch (IOException e) {
            outcome.failures.add("cannot write " + catalog.fileOf(entry.slug()) + " (" + e.getMessage()
                    + "); check the catalogue folder is writable and the disk not full");
        }
    }

    private static byte[] head(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(BLANK_CHECK_BYTES);
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read (" + e.getMessage() + "); check its permissions", e);
        }
    }

    private static long size(Path file) throws ImportException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
