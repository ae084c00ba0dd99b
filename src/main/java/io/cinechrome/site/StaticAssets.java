package io.cinechrome.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files copied as they are to the site root: CSS, JavaScript, favicon, fonts. They come from the configured
 * folder, or from the jar's copy in {@code cinechrome/static/} when that folder does not exist.
 * Hidden files ({@code .gitkeep}) are left out.
 */
final class StaticAssets {

    /** Where the jar keeps its static files. */
    static final String CLASSPATH_STATIC = "cinechrome/static";

    private StaticAssets() {
    }

    /** The files of {@code staticDir}, or the built-in ones when it does not exist; sorted by path. */
    static List<SiteFile> load(Path staticDir) {
        if (Files.isDirectory(staticDir)) {
            return read(staticDir);
        }
        return fromClasspath();
    }

    private static List<SiteFile> fromClasspath() {
        URL url = StaticAssets.class.getClassLoader().getResource(CLASSPATH_STATIC);
        if (url == null) {
            throw new IllegalStateException("the jar has no " + CLASSPATH_STATIC + "/ folder and there is no static"
                    + " folder: rebuild the jar with `mvn package` or create ./static");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return read(jar.provider().getPath(uri));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in static files at " + url + ": " + e.getMessage(),
                    e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Collections.emptyMap());
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else opened the jar: read through a second, private view of it.
            Path jarFile = Path.of(URI.create(uri.getSchemeSpecificPart().replaceFirst("!/.*$", "")));
            return FileSystems.newFileSystem(jarFile);
        }
    }

    private static List<SiteFile> read(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .map(p -> new SiteFile(relative(dir, p), bytes(p)))
                    .sorted((a, b) -> a.path().compareTo(b.path()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the static files in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path dir, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : dir.relativize(file)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
