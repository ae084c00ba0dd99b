package io.cinechrome.site;

import java.util.ArrayList;
import java.util.List;

/** {@code sitemap.xml} (a sitemap index with parts beyond 50,000 pages) and {@code robots.txt}. */
final class Sitemap {

    /** The sitemap, relative to the site root. */
    static final String PATH = "sitemap.xml";
    /** The robots file, relative to the site root. */
    static final String ROBOTS = "robots.txt";

    private Sitemap() {
    }

    /** The sitemap protocol's limit of URLs in one sitemap file. */
    static final int MAX_URLS = 50_000;
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * The sitemap of these addresses (relative to the site root); needs the site URL. Up to {@link #MAX_URLS}
     * addresses it is one {@code sitemap.xml}; beyond, {@code sitemap.xml} is a sitemap index of parts
     * {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... of at most {@link #MAX_URLS} each.
     */
    static List<SiteFile> of(SiteSettings settings, List<String> addresses) {
        return of(settings, addresses, MAX_URLS);
    }

    /** The same with another limit per file, for tests. */
    static List<SiteFile> of(SiteSettings settings, List<String> addresses, int maxUrls) {
        if (!settings.hasSiteUrl()) {
            throw new IllegalArgumentException("a sitemap needs absolute URLs: set the site URL");
        }
        if (addresses.size() <= maxUrls) {
            return List.of(urlSet(PATH, settings, addresses));
        }
        List<SiteFile> files = new ArrayList<>();
        StringBuilder index = new StringBuilder(XML).append("<sitemapindex xmlns=\"").append(NAMESPACE)
                .append("\">\n");
        for (int part = 1; (part - 1) * maxUrls < addresses.size(); part++) {
            String name = "sitemap-" + part + ".xml";
            files.add(urlSet(name, settings,
                    addresses.subList((part - 1) * maxUrls, Math.min(addresses.size(), part * maxUrls))));
            index.append("  <sitemap><loc>").append(escape(settings.siteUrl() + name)).append("</loc></sitemap>\n");
        }
        files.add(0, SiteFile.text(PATH, index.append("</sitemapindex>\n").toString()));
        return List.copyOf(files);
    }

    private static SiteFile urlSet(String path, SiteSettings settings, List<String> addresses) {
        StringBuilder xml = new StringBuilder(XML).append("<urlset xmlns=\"").append(NAMESPACE).append("\">\n");
        for (String address : addresses) {
            xml.append("  <url><loc>").append(escape(settings.siteUrl() + address)).append("</loc></url>\n");
        }
        return SiteFile.text(path, xml.append("</urlset>\n").toString());
    }

    /**
     * robots.txt: everything may be crawled; it names the sitemap when there is one. (Crawlers only read it at a
     * domain's root, so it matters for user sites and custom domains.)
     */
    static SiteFile robots(SiteSettings settings) {
        String text = "User-agent: *\nAllow: /\n";
        if (settings.hasSiteUrl()) {
            text += "Sitemap: " + settings.siteUrl() + PATH + "\n";
        }
        return SiteFile.text(ROBOTS, text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
