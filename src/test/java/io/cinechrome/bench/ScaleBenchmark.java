package io.cinechrome.bench;

import io.cinechrome.catalog.Catalog;
import io.cinechrome.catalog.CatalogEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Times {@code render} of a generated N-film catalogue (see {@link SyntheticCatalog}): a cold render into an
 * empty site, a re-run with nothing changed, and a re-run after one film's entry changed, each in its own JVM,
 * with the peak resident memory (VmHWM) of each; then the site's bytes per film, the largest HTML page, the
 * first index page and the gzipped colour-search data. Not a test (not part of {@code mvn verify}):
 * <pre>mvn -o -q test-compile -Dcinechrome.skipGallery=true
 * java -cp target/test-classes:target/cinechrome.jar io.cinechrome.bench.ScaleBenchmark 1000 [DIR] [JVM options]</pre>
 * With {@code -Dbench.pagesOnly=true} only the site stage runs (no images: see {@link PagesOnly}), for sizes
 * where drawing every poster would take hours. With {@code -Dbench.downloads=browser} the render runs with
 * {@code --downloads browser} (print files made by the film pages, not saved). With {@code -Dbench.siteUrl=URL} it
 * renders a gallery published at that address ({@code --site-url}: Open Graph images and addresses, a sitemap).
 */
public final class ScaleBenchmark {

    private static final long POLL_MILLIS = 20;
    private static final double MB = 1024 * 1024;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int films = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench/scale-" + films);
        List<String> jvm = new ArrayList<>(List.of(args).subList(Math.min(args.length, 2), args.length));
        Path catalog = dir.resolve("catalog");
        Path site = dir.resolve("site");
        delete(dir);
        SyntheticCatalog.write(catalog, films);
        System.out.printf(Locale.ROOT, "%d films, %d cores, JVM options %s%n", films,
                Runtime.getRuntime().availableProcessors(), jvm);
        Run cold = render(catalog, site, jvm);
        Run same = render(catalog, site, jvm);
        changeOneFilm(catalog);
        Run one = render(catalog, site, jvm);
        SiteSize size = SiteSize.of(site);
        System.out.println();
        System.out.println("| | measured |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| cold render | %.1f s (peak RSS %.0f MB) |%n", cold.seconds(), cold.peakMb());
        System.out.printf(Locale.ROOT, "| nothing changed | %.1f s (peak RSS %.0f MB) |%n", same.seconds(), same.peakMb());
        System.out.printf(Locale.ROOT, "| one film changed | %.1f s (peak RSS %.0f MB) |%n", one.seconds(), one.peakMb());
        System.out.printf(Locale.ROOT, "| site/ | %.1f MB in %d files, %.1f KB per film |%n", size.bytes / MB,
                size.files, size.bytes / 1024.0 / films);
        System.out.printf(Locale.ROOT, "| largest HTML page | %.1f KB (%s) |%n", size.largestHtml / 1024.0,
                size.largestHtmlPath);
        System.out.printf(Locale.ROOT, "| first index page | %.1f KB |%n", Files.size(site.resolve("index.html")) / 1024.0);
        System.out.printf(Locale.ROOT, "| data/colours.js | %.0f KB, %.0f KB gzipped |%n",
                Files.size(site.resolve("data/colours.js")) / 1024.0, gzipped(site.resolve("data/colours.js")) / 1024.0);
        System.out.printf(Locale.ROOT, "| data/films.json | %.0f KB |%n", Files.size(site.resolve("data/films.json")) / 1024.0);
        System.out.printf(Locale.ROOT, "| per film: images, film page and exports, the rest | %.1f KB, %.1f KB, %.1f KB |%n",
                size.imageBytes / 1024.0 / films, size.filmBytes / 1024.0 / films,
                (size.bytes - size.imageBytes - size.filmBytes) / 1024.0 / films);
    }

    /** One {@code render} in a child JVM: wall time and peak resident memory. */
    private static Run render(Path catalog, Path site, List<String> jvm) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        if (Boolean.getBoolean("bench.pagesOnly")) {
            command.addAll(List.of(PagesOnly.class.getName(), catalog.toString(), site.toString()));
        } else {
            command.addAll(List.of("io.cinechrome.cli.Main", "render", "--catalog", catalog.toString(), "--site",
                    site.toString(), "--downloads", System.getProperty("bench.downloads", "files")));
            String siteUrl = System.getProperty("bench.siteUrl", "");
            if (!siteUrl.isEmpty()) {
                command.addAll(List.of("--site-url", siteUrl, "--base-path", URI.create(siteUrl).getRawPath()));
            }
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(log);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        long peakKb = 0;
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterKb(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        reader.join();
        String output = log.toString(java.nio.charset.StandardCharsets.UTF_8);
        System.out.print(output.lines().filter(l -> l.startsWith("Posters") || l.startsWith("Pages"))
                .map(l -> "  " + l + "\n").reduce("", String::concat));
        if (process.exitValue() != 0) {
            throw new IllegalStateException("render failed:\n" + output);
        }
        System.out.printf(Locale.ROOT, "render: %.1f s, peak RSS %.0f MB%n", seconds, peakKb / 1024.0);
        return new Run(seconds, peakKb / 1024.0);
    }

    private static long highWaterKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Gives the first film (by slug) a new title: its images, its page and its neighbours' change. */
    private static void changeOneFilm(Path folder) throws IOException {
        Catalog catalog = new Catalog(folder);
        CatalogEntry first = catalog.load().entries().stream().min((a, b) -> a.slug().compareTo(b.slug()))
                .orElseThrow();
        catalog.write(first.withName(first.title() + " (restored)", first.year(), first.director()));
    }

    private static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private record Run(double seconds, double peakMb) {
    }

    /** Sizes of the files in a site folder. */
    private record SiteSize(long bytes, long files, long imageBytes, long filmBytes, long largestHtml,
                            String largestHtmlPath) {

        static SiteSize of(Path site) throws IOException {
            long bytes = 0;
            long files = 0;
            long images = 0;
            long filmFolders = 0;
            long largest = 0;
            String largestPath = "";
            try (Stream<Path> all = Files.walk(site)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    long size = Files.size(file);
                    String relative = site.relativize(file).toString();
                    bytes += size;
                    files++;
                    if (relative.startsWith("img/")) {
                        images += size;
                    }
                    if (relative.startsWith("films/")) {
                        filmFolders += size;
                    }
                    if (relative.endsWith(".html") && size > largest) {
                        largest = size;
                        largestPath = relative;
                    }
                }
            }
            return new SiteSize(bytes, files, images, filmFolders, largest, largestPath);
        }
    }
}
