package io.cinechrome;

import io.cinechrome.analysis.AnalysisSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything one run of Cinechrome needs to know, resolved from the command line, the config file and defaults.
 *
 * @param library   the film library; empty means "build the demo library"
 * @param demoDir   where the demo library is generated when there is no library
 * @param catalog   the catalogue folder
 * @param site      the gallery's output folder
 * @param analysis  analysis settings
 * @param threads   films processed at once
 * @param force     recompute what is up to date
 * @param prune     remove catalogue entries of films that left the library
 * @param only      restrict to one film (title, slug or folder name)
 * @param siteTitle the gallery's title
 * @param basePath  path the site is served from, starting and ending with '/'
 * @param siteUrl   absolute address of the site, or empty
 * @param templates the Thymeleaf templates folder
 * @param assets    the static assets folder
 */
public record Request(Optional<Path> library, Path demoDir, Path catalog, Path site, AnalysisSettings analysis,
        int threads, boolean force, boolean prune, Optional<String> only, String siteTitle, String basePath,
        String siteUrl, Path templates, Path assets) {

    public Request {
        if (library == null || demoDir == null || catalog == null || site == null || analysis == null
                || only == null || siteTitle == null || basePath == null || siteUrl == null || templates == null
                || assets == null) {
            throw new IllegalArgumentException("every field of a request must be given");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("--base-path must start and end with '/', e.g. /repo/; was '"
                    + basePath + "'");
        }
        if (!siteUrl.isEmpty() && !siteUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("--site-url must be an http(s) address, e.g. https://user.github.io/repo/;"
                    + " was '" + siteUrl + "'");
        }
        if (catalog.toAbsolutePath().normalize().equals(site.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--catalog and --site must be different folders");
        }
    }
}
