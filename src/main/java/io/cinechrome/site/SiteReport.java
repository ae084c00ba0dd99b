package io.cinechrome.site;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of the site stage did.
 *
 * @param siteDir   the site root that was written
 * @param films     number of films in the gallery
 * @param written   files created or changed
 * @param unchanged files that already had the right content and were left alone
 * @param removed   stale files and folders deleted, relative to the site root with '/' separators, sorted
 */
public record SiteReport(Path siteDir, int films, int written, int unchanged, List<String> removed) {

    public SiteReport {
        if (siteDir == null || removed == null) {
            throw new IllegalArgumentException("a site report needs the site folder and the removed files");
        }
        if (films < 0 || written < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        removed = List.copyOf(removed);
    }

    /** Files the site holds after the run, as far as this stage wrote them. */
    public int files() {
        return written + unchanged;
    }

    /** One line for the command line, e.g. {@code site: 12 films, 40 files written, 3 unchanged, 1 removed}. */
    public String summary() {
        return "site: " + films + " films, " + written + " files written, " + unchanged + " unchanged, "
                + removed.size() + " removed (" + siteDir + ")";
    }
}
