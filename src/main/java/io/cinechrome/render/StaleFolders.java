package io.cinechrome.render;

import io.cinechrome.files.Trees;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes image folders of films that left the catalogue: only direct sub-folders of {@code <site>/img}, never
 * anything outside it; symbolic links are removed as links, never followed.
 */
final class StaleFolders {

    private StaleFolders() {
    }

    /** Deletes every folder in {@code imageRoot} whose name is not a slug in {@code keep}; returns their names. */
    static List<String> remove(Path imageRoot, Set<String> keep) throws IOException {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(imageRoot, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(imageRoot)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                boolean folder = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
                if (!keep.contains(name) && (folder || Files.isSymbolicLink(child))) {
                    Trees.delete(child);
                    removed.add(name);
                }
            }
        }
        removed.sort(null);
        return removed;
    }
}
