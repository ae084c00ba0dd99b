package io.cinechrome.site;

import java.util.List;

/** {@code sitemap.xml} and {@code robots.txt}: where search engines find the pages. */
final class Sitemap {

    /** The sitemap, relative to the site root. */
    static final String PATH = "sitemap.xml";
    /** The robots file, relative to the site root. */
    static final String ROBOTS = "robots.txt";

    private Sitemap() {
    }

    /** The sitemap of these addresses (relative to the site root); needs the site URL. */
    static SiteFile of(SiteSettings settings, List<String> addresses) {
        if (!settings.hasSiteUrl()) {
            throw new IllegalArgumentException("a sitemap needs absolute URLs: set the site URL");
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String address : addresses) {
            xml.append("  <url><loc>").append(escape(settings.siteUrl() + address)).append("</loc></url>\n");
        }
        return SiteFile.text(PATH, xml.append("</urlset>\n").toString());
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
