package io.cinechrome.site;

import io.cinechrome.files.AtomicFiles;
import io.cinechrome.files.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the site's files atomically (a temporary file renamed over the old one, so a reader never sees half a
 * page), leaves files with the right content alone, and removes the pages of films, directors and years that are
 * gone. It never deletes outside the site folder, and never touches {@code img/}: the render stage owns it.
 */
final class SiteWriter {

    /** Folders whose every entry is a generated page: entries not generated this run are stale. */
    static final List<String> MANAGED_FOLDERS = List.of("films", "directors", "years", "colours");
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

    private final Path root;

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
    }

    /** Writes every file whose content differs from what is on disk. */
    Outcome write(List<SiteFile> files) {
        int written = 0;
        for (SiteFile file : files) {
            if (writeIfChanged(file)) {
                written++;
            }
        }
        return new Outcome(written, files.size() - written);
    }

    /** Deletes what earlier runs wrote and this run did not; returns what went, relative and sorted. */
    List<String> removeStale(List<SiteFile> files) {
        Set<String> expected = new HashSet<>();
        for (SiteFile file : files) {
            String[] parts = file.path().split("/");
            for (int i = 1; i <= parts.length; i++) {
                expected.add(String.join("/", Arrays.copyOf(parts, i)));
            }
        }
        List<String> removed = new ArrayList<>();
        for (String folder : MANAGED_FOLDERS) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                for (Path entry : list(dir)) {
                    String relative = folder + "/" + entry.getFileName();
                    if (!expected.contains(relative)) {
                        delete(entry);
                        removed.add(relative);
                    }
                }
            }
        }
        for (String optional : OPTIONAL_FILES) {
            Path file = root.resolve(optional);
            if (!expected.contains(optional) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                delete(file);
                removed.add(optional);
            }
        }
        return removed.stream().sorted().toList();
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
