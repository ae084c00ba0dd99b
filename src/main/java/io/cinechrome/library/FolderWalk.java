package io.cinechrome.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Walks a library folder: collections to any depth, film folders, loose files. Every folder is entered at most
 * once (by its real path), so symbolic-link loops are reported once and never followed.
 */
final class FolderWalk {

    /** A work is taken from a folder of several candidates when it is at least this many times larger. */
    static final long DOMINANT_SIZE_RATIO = 3;
    /** Subfolders a film's folder often has besides extras. */
    private static final java.util.regex.Pattern FILM_SUBFOLDER = java.util.regex.Pattern.compile(
            "(?i)subs?|subtitles?|covers?|artwork|art|screens(hots)?|proofs?|samples?|featurettes?|other|misc");

    private final Path library;
    private final Set<Path> visited = new HashSet<>();
    private final List<Found> found = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    /** One work before slugs are assigned. */
    record Found(FilmName name, List<LibraryPart> parts, List<String> collection, FilmKind kind, String baseSlug) {
    }

    /** One folder's content: its subfolders and its video files, by name. */
    private record Listing(List<Path> folders, List<VideoGroups.Video> videos) {
    }

    FolderWalk(Path library) {
        this.library = library;
    }

    List<Found> found() {
        return found;
    }

    List<Notice> notices() {
        return notices;
    }

    /** Walks the library from its root, which is always a collection (the top level). */
    void root() throws IOException {
        visited.add(library.toRealPath());
        collection(library, List.of(), list(library));
    }

    private void collection(Path folder, List<String> path, Listing listing) {
        for (VideoGroups.Work work : VideoGroups.of(listing.videos(), false)) {
            if (work.series() || !VideoFiles.isExtra(work.name())) {
                loose(work, path);
            }
        }
        for (Path sub : listing.folders()) {
            enter(sub, path);
        }
    }

    private void enter(Path folder, List<String> parent) {
        Optional<Listing> listing = visit(folder);
        if (listing.isEmpty()) {
            return;
        }
        String name = folder.getFileName().toString();
        String title = FilmName.guess(name).title();
        List<VideoGroups.Video> candidates = listing.get().videos().stream()
                .filter(v -> !VideoFiles.isExtra(v.baseName(), title)).toList();
        if (candidates.isEmpty()) {
            emptyFolder(folder, parent, listing.get());
            return;
        }
        List<VideoGroups.Work> works = VideoGroups.of(candidates, true);
        if (holdsFilmFolders(name, listing.get())) {
            collection(folder, with(parent, name), listing.get());
        } else if (works.size() == 1) {
            filmFolder(folder, parent, works.get(0));
        } else if (looseFilms(name, works)) {
            collection(folder, with(parent, name), listing.get());
        } else {
            chooseOne(folder, parent, works);
        }
    }

    /** Lists a folder not yet visited; reports loops and unreadable folders. */
    private Optional<Listing> visit(Path folder) {
        try {
            if (!visited.add(folder.toRealPath())) {
                notices.add(new Notice(relative(folder), "is a link to a folder that is already scanned (a loop"
                        + " or a second way to the same films); it is not followed again", true));
                return Optional.empty();
            }
            return Optional.of(list(folder));
        } catch (IOException e) {
            notices.add(new Notice(relative(folder), "cannot be read (" + e.getClass().getSimpleName() + "); check"
                    + " that the folder exists and is readable, its films are left out until then", true));
            return Optional.empty();
        }
    }

    private void emptyFolder(Path folder, List<String> parent, Listing listing) {
        if (listing.folders().stream().anyMatch(f -> !filmSubfolder(f.getFileName().toString()))) {
            collection(folder, with(parent, folder.getFileName().toString()), listing);
        } else if (!listing.videos().isEmpty()) {
            notices.add(new Notice(relative(folder), "only samples or extras here (" + names(listing.videos())
                    + "); put the film's video file directly inside the folder", true));
        } else {
            notices.add(new Notice(relative(folder), "no video file in this folder; put the film's video file"
                    + " (mkv, mp4, ...) directly inside it", true));
        }
    }

    /**
     * A folder with videos of its own is still a collection when it holds film folders ({@code Title (Year)}),
     * or when its own name gives no year and it holds folders other than extras and subtitles.
     */
    private static boolean holdsFilmFolders(String name, Listing listing) {
        List<String> folders = listing.folders().stream().map(f -> f.getFileName().toString())
                .filter(f -> !filmSubfolder(f)).toList();
        return folders.stream().anyMatch(f -> FilmName.parse(f).isPresent())
                || !folders.isEmpty() && FilmName.parse(name).isEmpty();
    }

    /** Extras, subtitles, artwork: a subfolder that belongs to a film's folder. */
    private static boolean filmSubfolder(String name) {
        return VideoFiles.isExtra(name) || FILM_SUBFOLDER.matcher(name).matches();
    }

    /** Several different films with years in a folder whose own name gives none: a collection of loose files. */
    private static boolean looseFilms(String folderName, List<VideoGroups.Work> works) {
        return FilmName.parse(folderName).isEmpty()
                && works.stream().noneMatch(VideoGroups.Work::series)
                && works.stream().allMatch(w -> FilmName.parseFileName(w.name()).isPresent())
                && works.stream().map(w -> FilmName.parseFileName(w.name()).orElseThrow().display()).distinct()
                        .count() == works.size();
    }

    /** One of several candidates when it is much larger than all the others, else none. */
    private void chooseOne(Path folder, List<String> parent, List<VideoGroups.Work> works) {
        List<VideoGroups.Work> bySize = new ArrayList<>(works);
        bySize.sort(Comparator.comparingLong(VideoGroups.Work::bytes).reversed());
        VideoGroups.Work largest = bySize.get(0);
        String listed = works.stream().map(VideoGroups.Work::fileNames).collect(Collectors.joining("; "));
        boolean dominant = bySize.stream().skip(1).allMatch(w -> w.bytes() * DOMINANT_SIZE_RATIO <= largest.bytes());
        if (dominant && !largest.twice()) {
            notices.add(new Notice(relative(folder), works.size() + " candidate videos (" + listed + "); took "
                    + largest.fileNames() + ", at least " + DOMINANT_SIZE_RATIO + " times larger than the others;"
                    + " add '-sample' to the others' names or move them into an 'Extras' subfolder", false));
            filmFolder(folder, parent, largest);
            return;
        }
        notices.add(new Notice(relative(folder), works.size() + " different video files or sets of parts ("
                + listed + "); keep one film per folder, name its parts 'CD1', 'CD2', and add '-sample' to extras'"
                + " names or move them into an 'Extras' subfolder", true));
    }

    private void filmFolder(Path folder, List<String> parent, VideoGroups.Work work) {
        String folderName = folder.getFileName().toString();
        if (work.twice()) {
            notices.add(new Notice(relative(folder), work.problem().orElseThrow() + " (" + work.fileNames()
                    + "); keep one set of parts in the folder", true));
            return;
        }
        FilmName fromFolder = FilmName.guess(folderName);
        FilmName name = fromFolder.year().isPresent() ? fromFolder
                : FilmName.parseFileName(work.name()).map(fromFolder::completedBy).orElse(fromFolder);
        add(work, name, parent, relative(folder));
    }

    private void loose(VideoGroups.Work work, List<String> collection) {
        String where = relative(work.files().get(0).path());
        if (work.twice()) {
            notices.add(new Notice(where, work.problem().orElseThrow() + " (" + work.fileNames()
                    + "); keep one set of parts", true));
            return;
        }
        add(work, FilmName.guess(work.name()), collection, where);
    }

    private void add(VideoGroups.Work work, FilmName name, List<String> collection, String where) {
        if (name.year().isEmpty()) {
            notices.add(new Notice(where, "no year in the folder or file name; using '" + name.title() + "' as the"
                    + " title without year or director; rename it 'Title (Year, Director)' to add them", false));
        }
        work.problem().ifPresent(problem -> notices.add(new Notice(where, problem + " (" + work.fileNames()
                + "); the parts there are are analysed as the film; add the missing part named like the others",
                false)));
        List<LibraryPart> parts = work.files().stream()
                .map(v -> new LibraryPart(v.path(), relative(v.path()))).toList();
        found.add(new Found(name, parts, collection, work.series() ? FilmKind.SERIES : FilmKind.FILM,
                Slugs.of(name)));
    }

    private Listing list(Path folder) throws IOException {
        List<Path> folders = new ArrayList<>();
        List<VideoGroups.Video> videos = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                Optional<BasicFileAttributes> attributes = attributes(entry);
                if (attributes.isEmpty()) {
                    continue;
                }
                if (attributes.get().isDirectory()) {
                    folders.add(entry);
                } else if (attributes.get().isRegularFile() && VideoFiles.isVideo(entry)) {
                    videos.add(new VideoGroups.Video(entry, attributes.get().size(),
                            PartMarker.of(VideoFiles.baseName(name))));
                }
            }
        }
        folders.sort(Comparator.comparing(p -> p.getFileName().toString()));
        videos.sort(Comparator.comparing(VideoGroups.Video::fileName));
        return new Listing(folders, videos);
    }

    /** The entry's attributes (following links); empty for a dangling link. */
    private static Optional<BasicFileAttributes> attributes(Path entry) throws IOException {
        try {
            return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static List<String> with(List<String> path, String name) {
        return Stream.concat(path.stream(), Stream.of(name)).toList();
    }

    private static String names(List<VideoGroups.Video> videos) {
        return videos.stream().map(VideoGroups.Video::fileName).collect(Collectors.joining(", "));
    }

    private String relative(Path file) {
        String path = library.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return path.isEmpty() ? "." : path;
    }
}
