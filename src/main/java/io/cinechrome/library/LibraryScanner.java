package io.cinechrome.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Entry class of the library stage: finds the films of a library folder.
 * A film is a folder {@code Title (Year, Director)} or {@code Title (Year)} holding one video file, or a loose
 * video file named the same way. Samples, trailers, hidden files and macOS {@code ._} forks are ignored.
 */
public final class LibraryScanner {

    /**
     * Scans a library folder.
     *
     * @throws IllegalArgumentException when the folder does not exist or is not a folder
     * @throws UncheckedIOException     when it cannot be listed
     */
    public LibraryScan scan(Path library) {
        if (!Files.isDirectory(library)) {
            throw new IllegalArgumentException("library folder " + library + " does not exist or is not a folder;"
                    + " pass --library with the folder that holds your films");
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        for (Path entry : list(library)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                folderFilm(library, entry, notices).ifPresent(candidates::add);
            } else if (VideoFiles.isFilm(entry)) {
                candidates.add(candidate(library, VideoFiles.baseName(name), entry, notices));
            }
        }
        notices.sort(Comparator.comparing(Notice::path));
        return new LibraryScan(assignSlugs(candidates), notices);
    }

    private Optional<Candidate> folderFilm(Path library, Path folder, List<Notice> notices) {
        List<Path> videos = list(folder).stream().filter(Files::isRegularFile).filter(VideoFiles::isFilm).toList();
        String where = relative(library, folder);
        if (videos.isEmpty()) {
            notices.add(new Notice(where, "no video file in this folder; put the film's video file (mkv, mp4, ...)"
                    + " directly inside it", true));
            return Optional.empty();
        }
        if (videos.size() > 1) {
            String names = videos.stream().map(v -> v.getFileName().toString()).collect(Collectors.joining(", "));
            notices.add(new Notice(where, videos.size() + " video files (" + names + "); keep one film per folder,"
                    + " or move extras into a subfolder or add '-sample' to their names", true));
            return Optional.empty();
        }
        return Optional.of(candidate(library, folder.getFileName().toString(), videos.get(0), notices));
    }

    private Candidate candidate(Path library, String name, Path video, List<Notice> notices) {
        FilmName filmName = FilmName.parse(name).orElseGet(() -> {
            notices.add(new Notice(relative(library, video), "name does not follow 'Title (Year, Director)' or"
                    + " 'Title (Year)'; using '" + name.strip() + "' as the title without year or director", false));
            return FilmName.titleOnly(name);
        });
        return new Candidate(filmName, video, relative(library, video), Slugs.of(filmName));
    }

    /** Gives duplicates -2, -3, ... in path order, so slugs stay stable as the library grows. */
    private static List<LibraryFilm> assignSlugs(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(Candidate::baseSlug).thenComparing(Candidate::relativePath));
        Map<String, Integer> seen = new HashMap<>();
        List<LibraryFilm> films = new ArrayList<>();
        for (Candidate c : ordered) {
            int count = seen.merge(c.baseSlug(), 1, Integer::sum);
            String slug = count == 1 ? c.baseSlug() : c.baseSlug() + "-" + count;
            while (count > 1 && seen.containsKey(slug)) {
                slug = slug + "-" + count;
            }
            seen.putIfAbsent(slug, 1);
            films.add(new LibraryFilm(c.name(), c.video(), c.relativePath(), slug));
        }
        films.sort(Comparator.comparing(LibraryFilm::slug));
        return films;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage()
                    + "; check that the folder is readable", e);
        }
    }

    private static String relative(Path library, Path file) {
        return library.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private record Candidate(FilmName name, Path video, String relativePath, String baseSlug) {
    }
}
