package io.cinechrome.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that every {@code <img>} of every page of a site points at a file that exists. */
public final class SiteImages {

    private SiteImages() {
    }

    /** The images that pages show but the site lacks, as "page -> image"; empty when none is missing. */
    public static List<String> missing(Path site) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : pages(site)) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element img : html.select("img")) {
                for (String source : sources(img)) {
                    Path file = resolve(site, page, source);
                    if (!Files.isRegularFile(file)) {
                        missing.add(site.relativize(page) + " -> " + source);
                    }
                }
            }
        }
        return missing;
    }

    /** How many {@code <img>} elements the pages hold, so a test can tell that it checked something. */
    public static int count(Path site) throws IOException {
        int count = 0;
        for (Path page : pages(site)) {
            count += Jsoup.parse(page.toFile(), "UTF-8").select("img").size();
        }
        return count;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> sources(Element img) {
        List<String> sources = new ArrayList<>();
        sources.add(img.attr("src"));
        for (String candidate : img.attr("srcset").split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) {
                sources.add(url);
            }
        }
        return sources;
    }

    private static Path resolve(Path site, Path page, String source) {
        String path = URI.create(source).getPath();
        if (path.startsWith("/")) {
            return site.resolve(path.substring(1));
        }
        return page.getParent().resolve(path).normalize();
    }
}
