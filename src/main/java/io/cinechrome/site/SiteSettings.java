package io.cinechrome.site;

import java.net.URI;
import java.net.URISyntaxException;
import io.cinechrome.render.Downloads;
import io.cinechrome.render.PosterStyle;
import java.nio.file.Path;

/**
 * How the gallery is generated: what it is called, where it is served and where its look comes from.
 *
 * @param title        the site's name, shown in every page's header and title
 * @param basePath     the path the site is served under, starting and ending with '/': {@code /} for a user site,
 *                     {@code /repo/} for a GitHub project site; used where relative links cannot work (404.html)
 * @param siteUrl      the absolute URL of the site root ending with '/' ({@code https://user.github.io/repo/}),
 *                     or empty when unknown: then the sitemap and the absolute Open Graph tags are left out
 * @param templatesDir folder of Thymeleaf templates; templates missing there come from the jar's copies
 * @param staticDir    folder copied to the site root (CSS, JS, favicon, fonts); the jar's copy is used when absent
 * @param posterStyle  the poster style featured on the film pages (every style is shown and downloadable)
 * @param downloads    whether the film pages link to saved print files or make them in the browser
 */
public record SiteSettings(String title, String basePath, String siteUrl, Path templatesDir, Path staticDir,
                           PosterStyle posterStyle, Downloads downloads) {

    /** The title of a site nobody named. */
    public static final String DEFAULT_TITLE = "Cinechrome";
    /** The folder of templates, relative to the working directory. */
    public static final Path DEFAULT_TEMPLATES = Path.of("templates");
    /** The folder of static assets, relative to the working directory. */
    public static final Path DEFAULT_STATIC = Path.of("static");
    private static final int MAX_TITLE_LENGTH = 120;

    public SiteSettings {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the site title must not be empty (set a title, e.g. \"My films\")");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE_LENGTH || title.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the site title must be one line of at most " + MAX_TITLE_LENGTH
                    + " characters: '" + title + "'");
        }
        if (basePath == null || !basePath.startsWith("/") || !basePath.endsWith("/") || basePath.contains("//")
                || basePath.contains("..") || basePath.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\\')) {
            throw new IllegalArgumentException("the base path must start and end with '/' and contain no spaces,"
                    + " quotes or '..' (e.g. / or /repo/), was '" + basePath + "'");
        }
        if (siteUrl == null) {
            throw new IllegalArgumentException("the site URL must not be null (use \"\" when unknown)");
        }
        if (!siteUrl.isEmpty()) {
            siteUrl = checkedUrl(siteUrl);
            String urlPath = URI.create(siteUrl).getRawPath();
            if (!urlPath.equals(basePath)) {
                throw new IllegalArgumentException("the site URL " + siteUrl + " is served under " + urlPath
                        + " but the base path is " + basePath + ": make them agree (withSiteUrl sets both)");
            }
        }
        if (posterStyle == null) {
            throw new IllegalArgumentException("a featured poster style is required (default: square)");
        }
        if (downloads == null) {
            throw new IllegalArgumentException("where the print files come from is required (default: files)");
        }
        if (templatesDir == null || staticDir == null) {
            throw new IllegalArgumentException("the templates and static folders must be given"
                    + " (defaults: ./templates and ./static)");
        }
    }

    /** Settings whose print files are saved in the site. */
    public SiteSettings(String title, String basePath, String siteUrl, Path templatesDir, Path staticDir,
                        PosterStyle posterStyle) {
        this(title, basePath, siteUrl, templatesDir, staticDir, posterStyle, Downloads.FILES);
    }

    /** Settings featuring the square poster. */
    public SiteSettings(String title, String basePath, String siteUrl, Path templatesDir, Path staticDir) {
        this(title, basePath, siteUrl, templatesDir, staticDir, PosterStyle.SQUARE);
    }

    /** A copy featuring another poster style. */
    public SiteSettings withPosterStyle(PosterStyle style) {
        return new SiteSettings(title, basePath, siteUrl, templatesDir, staticDir, style, downloads);
    }

    /** A copy whose print files are saved in the site or made by the browser. */
    public SiteSettings withDownloads(Downloads where) {
        return new SiteSettings(title, basePath, siteUrl, templatesDir, staticDir, posterStyle, where);
    }

    /** Title "Cinechrome", served at {@code /}, no site URL, {@code ./templates} and {@code ./static}. */
    public static SiteSettings defaults() {
        return new SiteSettings(DEFAULT_TITLE, "/", "", DEFAULT_TEMPLATES, DEFAULT_STATIC);
    }

    /** A copy with another title. */
    public SiteSettings withTitle(String newTitle) {
        return new SiteSettings(newTitle, basePath, siteUrl, templatesDir, staticDir, posterStyle, downloads);
    }

    /** A copy served under another path (and without a site URL, which would no longer agree with it). */
    public SiteSettings withBasePath(String newBasePath) {
        return new SiteSettings(title, newBasePath, "", templatesDir, staticDir, posterStyle, downloads);
    }

    /**
     * A copy with a site URL; the base path becomes the URL's path. An empty URL keeps the base path.
     * A missing trailing '/' is added.
     */
    public SiteSettings withSiteUrl(String newSiteUrl) {
        if (newSiteUrl.isEmpty()) {
            return new SiteSettings(title, basePath, "", templatesDir, staticDir, posterStyle, downloads);
        }
        String url = checkedUrl(newSiteUrl);
        return new SiteSettings(title, URI.create(url).getRawPath(), url, templatesDir, staticDir, posterStyle,
                downloads);
    }

    /** A copy reading templates from another folder. */
    public SiteSettings withTemplatesDir(Path dir) {
        return new SiteSettings(title, basePath, siteUrl, dir, staticDir, posterStyle, downloads);
    }

    /** A copy copying static assets from another folder. */
    public SiteSettings withStaticDir(Path dir) {
        return new SiteSettings(title, basePath, siteUrl, templatesDir, dir, posterStyle, downloads);
    }

    /** Whether absolute URLs (sitemap, Open Graph) can be written. */
    public boolean hasSiteUrl() {
        return !siteUrl.isEmpty();
    }

    private static String checkedUrl(String url) {
        String withSlash = url.endsWith("/") ? url : url + "/";
        try {
            URI uri = new URI(withSlash);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("the site URL must be an absolute http(s) URL without query or"
                        + " fragment, e.g. https://user.github.io/repo/, was '" + url + "'");
            }
            return withSlash;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the site URL is not a valid URL: '" + url + "' (" + e.getReason()
                    + "); use e.g. https://user.github.io/repo/", e);
        }
    }
}
