package io.cinechrome;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.render.RenderSettings;
import io.cinechrome.site.SiteSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run of Cinechrome needs to know, resolved from the command line, the config file and defaults.
 *
 * @param library   the film library; empty means "build the demo library"
 * @param demoDir   where the demo library is generated when there is no library
 * @param catalog   the catalogue folder
 * @param site      the gallery's output folder
 * @param analysis  how films are analysed
 * @param render    how posters are drawn (sizes, credits, threads)
 * @param pages     how pages are generated (title, base path, site URL, templates, static assets)
 * @param threads   films analysed at once
 * @param force     recompute what is up to date
 * @param prune     remove catalogue entries of films that left the library
 * @param only      restrict the analysis to one film (title, slug or folder name)
 * @param lockWait  how long {@code render} and {@code build} wait for another run writing the same site
 * @param from      the files {@code import} reads (empty for the other commands)
 * @param shard     the share of the library this process analyses ({@link Shard#ALL} for all of it)
 */
public record Request(Optional<Path> library, Path demoDir, Path catalog, Path site, AnalysisSettings analysis,
        RenderSettings render, SiteSettings pages, int threads, boolean force, boolean prune, Optional<String> only,
        Duration lockWait, List<Path> from, Shard shard) {

    public Request {
        if (library == null || demoDir == null || catalog == null || site == null || analysis == null
                || render == null || pages == null || only == null || lockWait == null
                || from == null || shard == null) {
            throw new IllegalArgumentException("every field of a request must be given");
        }
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("--wait must not be negative");
        }
        from = List.copyOf(from);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        if (catalog.toAbsolutePath().normalize().equals(site.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--catalog and --site must be different folders");
        }
    }
}
