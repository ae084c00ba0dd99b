package io.cinechrome.catalog;

import io.cinechrome.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Entry class of the catalogue stage: a folder with one {@code <slug>.json} per film. Entries are written
 * atomically; files that are not valid entries are reported and never overwritten.
 */
public final class Catalog {

    private static final String SUFFIX = ".json";
    private final Path folder;

    /** The catalogue in {@code folder} (created on the first write). */
    public Catalog(Path folder) {
        this.folder = folder;
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** The entries and unreadable files of a catalogue, both in file name order. */
    public record Contents(List<CatalogEntry> entries, List<CatalogProblem> problems) {

        public Contents {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    /** Reads every entry; a missing folder is an empty catalogue. */
    public Contents load() {
        List<CatalogEntry> entries = new ArrayList<>();
        List<CatalogProblem> problems = new ArrayList<>();
        // Parsed on every core, then taken in file order: parsing is most of a re-run's start.
        for (Loaded loaded : jsonFiles().parallelStream().map(Catalog::loadFile).toList()) {
            loaded.entry().ifPresent(entries::add);
            loaded.problem().ifPresent(problems::add);
        }
        return new Contents(entries, problems);
    }

    /** One file's entry, or the problem that keeps it out. */
    private record Loaded(Optional<CatalogEntry> entry, Optional<CatalogProblem> problem) {
    }

    private static Loaded loadFile(Path file) {
        try {
            CatalogEntry entry = read(file);
            if (!file.getFileName().toString().equals(entry.slug() + SUFFIX)) {
                return problem(new CatalogProblem(file, "holds the entry of '" + entry.slug()
                        + "'; rename it to " + entry.slug() + SUFFIX + " or delete it"));
            }
            return new Loaded(Optional.of(entry), Optional.empty());
        } catch (CatalogFormatException e) {
            if (e.newer()) {
                return problem(new CatalogProblem(file, e.getMessage()));
            }
            return problem(new CatalogProblem(file, e.getMessage() + "; it is left untouched: fix it, move it"
                    + " out of the catalogue folder, or delete it to have the film analysed again"));
        }
    }

    private static Loaded problem(CatalogProblem problem) {
        return new Loaded(Optional.empty(), Optional.of(problem));
    }

    /**
     * The stored entry of a film.
     *
     * @return empty when there is no file for the slug
     * @throws CatalogFormatException when a file exists but is not a valid entry (it must not be overwritten)
     */
    public Optional<CatalogEntry> find(String slug) throws CatalogFormatException {
        Path file = fileOf(slug);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Writes an entry atomically; returns whether the file changed (an identical file is left alone). */
    public boolean write(CatalogEntry entry) throws IOException {
        return AtomicFiles.writeString(fileOf(entry.slug()), CatalogJson.write(entry));
    }

    /**
     * Deletes the temporary files that killed runs left in the folder; those of runs still writing (sharded
     * {@code analyze} runs share a catalogue) are left alone. Reading ignores temporary files in any case.
     */
    public void deleteLeftovers() {
        try {
            AtomicFiles.deleteStaleLeftovers(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up the catalogue " + folder + ": " + e.getMessage()
                    + " (check the folder's permissions)", e);
        }
    }

    /** Removes a film's entry, when there is one. */
    public void remove(String slug) throws IOException {
        Files.deleteIfExists(fileOf(slug));
    }

    /** The file of a slug. */
    public Path fileOf(String slug) {
        return folder.resolve(slug + SUFFIX);
    }

    private static CatalogEntry read(Path file) throws CatalogFormatException {
        try {
            return CatalogJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogFormatException("cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private List<Path> jsonFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the catalogue " + folder + ": " + e.getMessage(), e);
        }
    }
}
