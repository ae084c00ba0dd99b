package io.cinechrome.site;

import io.cinechrome.files.AtomicFiles;
import io.cinechrome.files.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the site's files atomically (a temporary file renamed over the old one, so a reader never sees half a
 * page) one by one as they are made, leaves files with the right content alone (by their stamp, see
 * {@link PageStamps}, without even making them), and removes the pages of films, directors and years that are
 * gone. It never deletes outside the site folder, and never touches {@code img/}: the render stage owns it.
 */
final class SiteWriter {

    /** Folders whose every entry is a generated page: entries not generated this run are stale. */
    static final List<String> MANAGED_FOLDERS = List.of("films", "directors", "years", "colours", "collections");
    /** Top-level files only written in some configurations (the sitemap needs a site URL). */
    static final List<String> OPTIONAL_FILES = List.of("sitemap.xml");

    /**
     * What writing did.
     *
     * @param written   files created or changed
     * @param unchanged files already right
     */
    record Outcome(int written, int unchanged) {
    }

    /** The index's numbered pages in the site root, e.g. {@code index-2.html}, {@code by-hue-12.html}. */
    static final Pattern NUMBERED_PAGE = Pattern.compile("(index|by-[a-z]+)-[0-9]+\\.html");
    /** The parts of a sitemap index, e.g. {@code sitemap-1.xml}. */
    static final Pattern SITEMAP_PART = Pattern.compile("sitemap-[0-9]+\\.xml");

    private final Path root;
    private final PageStamps stamps;
    private final Set<String> expected = new HashSet<>();
    private int written;
    private int unchanged;

    SiteWriter(Path siteDir) {
        try {
            Files.createDirectories(siteDir);
            root = siteDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the site folder " + siteDir + ": " + e.getMessage()
                    + " (choose a folder you can write to)", e);
        }
        if (root.getParent() == null) {
            throw new IllegalArgumentException("refusing to write a site into the file system root " + siteDir
                    + ": choose a folder of its own, e.g. ./site");
        }
        stamps = PageStamps.load(root);
    }

    /**
     * Writes one file unless its stamp says it is already right: {@code content} is only asked for (a page only
     * rendered) when the stamp changed or the file is missing. Files are written as they come, never collected.
     *
     * @param stamp a hash of what the file is made from
     */
    void write(String path, String stamp, Supplier<byte[]> content) {
        String normal = new SiteFile(path, new byte[0]).path();
        if (!expected.add(normal)) {
            throw new IllegalStateException("the site stage made " + normal + " twice");
        }
        stamps.record(normal, stamp);
        if (stamps.unchanged(normal, stamp) && Files.isRegularFile(inside(normal), LinkOption.NOFOLLOW_LINKS)) {
            unchanged++;
            return;
        }
        if (writeIfChanged(new SiteFile(normal, content.get()))) {
            written++;
        } else {
            unchanged++;
        }
    }

    /**
     * Keeps a file as it is, without making it, when the last run made it from the same {@code inputs} (a stamp
     * that names the code too) and it is still there; otherwise returns false and the caller makes it and
     * {@link #write(String, String, String, Supplier) writes} it.
     */
    boolean keep(String path, String inputs) {
        String normal = new SiteFile(path, new byte[0]).path();
        Optional<String> stamp = stamps.sameInputs(normal, inputs);
        if (stamp.isEmpty() || !Files.isRegularFile(inside(normal), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!expected.add(normal)) {
            throw new IllegalStateException("the site stage made " + normal + " twice");
        }
        stamps.record(normal, stamp.get());
        stamps.recordInputs(normal, inputs);
        unchanged++;
        return true;
    }

    /** Whether this run already wrote or kept {@code path}. */
    boolean kept(String path) {
        return expected.contains(path);
    }

    /** Writes one file as {@link #write(String, String, Supplier)} does, remembering what it was made from. */
    void write(String path, String inputs, String stamp, Supplier<byte[]> content) {
        write(path, stamp, content);
        stamps.recordInputs(new SiteFile(path, new byte[0]).path(), inputs);
    }

    /** Writes one file whose bytes are at hand, stamped by its content. */
    void write(SiteFile file) {
        write(file.path(), file.stamp(), file::content);
    }

    /** The site folder, as a real path. */
    Path root() {
        return root;
    }

    /** What writing did so far. */
    Outcome outcome() {
        return new Outcome(written, unchanged);
    }

    /**
     * Whether the last run had exactly these inputs and left every file in place; if so this run is done, with
     * every file counted as unchanged. Otherwise the stamps are taken off the disk until {@link #saveStamps}.
     */
    boolean sameAsLastRun(String run) {
        if (stamps.sameRun(run, root)) {
            unchanged = stamps.previousFiles();
            return true;
        }
        stamps.startWriting();
        return false;
    }

    /** Keeps this run's stamps, made from the inputs {@code run}, for the next. */
    void saveStamps(String run) {
        stamps.save(run);
    }

    /**
     * Deletes what earlier runs wrote and this run did not: anything in the managed folders, numbered pages of
     * the index ({@code by-year-3.html}) and optional files; returns what went, relative and sorted.
     */
    List<String> removeStale() {
        Set<String> folders = new HashSet<>();
        for (String path : expected) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        List<String> removed = new ArrayList<>();
        for (String folder : MANAGED_FOLDERS) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                removeUnexpected(dir, folders, removed);
            }
        }
        for (Path entry : list(root)) {
            String name = entry.getFileName().toString();
            boolean numberedPage = NUMBERED_PAGE.matcher(name).matches() || OPTIONAL_FILES.contains(name)
                    || SITEMAP_PART.matcher(name).matches();
            if (numberedPage && !expected.contains(name) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                delete(entry);
                removed.add(name);
            }
        }
        return removed.stream().sorted().toList();
    }

    private void removeUnexpected(Path dir, Set<String> folders, List<String> removed) {
        for (Path entry : list(dir)) {
            String relative = root.relativize(entry).toString().replace('\\', '/');
            if (expected.contains(relative)) {
                continue;
            }
            if (folders.contains(relative) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                removeUnexpected(entry, folders, removed);
            } else {
                delete(entry);
                removed.add(relative);
            }
        }
    }

    private boolean writeIfChanged(SiteFile file) {
        Path target = inside(file.path());
        try {
            return AtomicFiles.write(target, file.content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage()
                    + " (check the site folder's permissions and free space)", e);
        }
    }

    private Path inside(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("refusing to touch " + path + ": it is outside the site " + root);
        }
        return path;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private void delete(Path path) {
        Path checked = inside(root.relativize(path).toString());
        try {
            Trees.delete(checked);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + checked + ": " + e.getMessage()
                    + " (remove it by hand or fix its permissions)", e);
        }
    }
}
