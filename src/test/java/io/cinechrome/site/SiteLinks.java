package io.cinechrome.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Follows every link of a generated site on disk, the way a static web server would resolve it. */
final class SiteLinks {

    private SiteLinks() {
    }

    /** Every HTML file of the site, sorted. */
    static List<Path> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The links of every page that lead nowhere, as "page -> link" lines. Links starting with {@code basePath}
     * resolve from the site root; others relative to the page. Absolute http(s) URLs must start with
     * {@code siteUrl} and resolve inside the site too (images of Open Graph tags, canonical links).
     */
    static List<String> broken(Path site, String basePath, String siteUrl) {
        List<String> broken = new ArrayList<>();
        for (Path page : pages(site)) {
            Document doc = parse(page);
            for (Element element : doc.select("[href], [src], meta[property=og:image], meta[property=og:url]")) {
                String link = element.hasAttr("href") ? element.attr("href")
                        : element.hasAttr("src") ? element.attr("src") : element.attr("content");
                if (!resolves(site, page, doc, link, basePath, siteUrl)) {
                    broken.add(site.relativize(page) + " -> " + link);
                }
            }
            for (Element image : doc.select("[srcset]")) {
                for (String candidate : image.attr("srcset").split(",")) {
                    String link = candidate.strip().split("\\s+")[0];
                    if (!resolves(site, page, doc, link, basePath, siteUrl)) {
                        broken.add(site.relativize(page) + " -> srcset " + link);
                    }
                }
            }
        }
        return broken;
    }

    private static boolean resolves(Path site, Path page, Document doc, String link, String basePath,
            String siteUrl) {
        if (link.isEmpty()) {
            return false;
        }
        if (link.startsWith("#")) {
            return !doc.select("[id=" + link.substring(1) + "]").isEmpty();
        }
        String path = URI.create(link).getPath();
        if (link.startsWith("http:") || link.startsWith("https:")) {
            return !siteUrl.isEmpty() && link.startsWith(siteUrl)
                    && exists(site, site.resolve(link.substring(siteUrl.length())));
        }
        if (link.contains(":")) {
            return false;
        }
        Path target = path.startsWith("/")
                ? (path.startsWith(basePath) ? site.resolve(path.substring(basePath.length())) : null)
                : page.getParent().resolve(path);
        return target != null && exists(site, target);
    }

    private static boolean exists(Path site, Path target) {
        Path normal = target.normalize();
        if (!normal.startsWith(site)) {
            return false;
        }
        return Files.isRegularFile(normal)
                || Files.isDirectory(normal) && Files.isRegularFile(normal.resolve("index.html"));
    }
}
