package io.cinechrome.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file of the site: where it goes and what it holds.
 *
 * @param path    relative to the site root, '/' separated, without '..'
 * @param content the bytes
 */
record SiteFile(String path, byte[] content) {

    SiteFile {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("\\")
                || Arrays.asList(path.split("/")).stream().anyMatch(p -> p.isEmpty() || ".".equals(p)
                        || "..".equals(p))) {
            throw new IllegalArgumentException("a site file needs a path inside the site, like a/b.html: " + path);
        }
        content = content.clone();
    }

    /** A UTF-8 text file. */
    static SiteFile text(String path, String text) {
        return new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The stamp of the content, without copying it (a data file may be megabytes). */
    String stamp() {
        return PageStamps.of(content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteFile f && f.path.equals(path) && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return path + " (" + content.length + " bytes)";
    }
}
