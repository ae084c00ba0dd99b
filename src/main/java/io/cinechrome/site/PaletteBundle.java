package io.cinechrome.site;

import io.cinechrome.files.Deflated;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A film's palette exports in one file, for a gallery whose browser makes the downloads
 * ({@code --downloads browser}): {@code films/<slug>/palette.deflate}, raw-deflated ({@link Deflated}). Inflated,
 * it is one line of JSON naming each file and its size in bytes,
 * {@code {"version":1,"files":[["palette.css",657],["palette.json",1562],...]}}, a newline, then the files' bytes
 * one after another in that order. The film page's script unpacks it when a palette link is clicked and saves that
 * file's bytes as they are, so each download is the file a gallery with saved files holds, the binary Adobe file
 * included (the JSON with its stripes written back, see {@link PaletteExports#STRIPES}).
 * <p>
 * The files repeat the same hex codes and colour names, so one deflate stream holds the four in about 1.37 KB, where
 * they took 2.26 KB as four files (three as they are, the JSON deflated alone). Raw bytes after the index deflate
 * about 120 bytes smaller than the Adobe file in base64 inside the JSON, and need no decoding.
 */
final class PaletteBundle {

    /** The format of the file, for the script. */
    static final int VERSION = 1;
    /** Ends the index: the files' bytes start after it. */
    private static final char INDEX_END = '\n';
    /** A name the index writes without escaping and a browser saves as it is. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private PaletteBundle() {
    }

    /** The files, each saved under the last part of its path, in one deflated file at {@code path}. */
    static SiteFile of(String path, List<SiteFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(index(files).getBytes(StandardCharsets.UTF_8));
        files.forEach(file -> bytes.writeBytes(file.content()));
        return new SiteFile(path, Deflated.of(bytes.toByteArray()));
    }

    /** The index line, with its newline: the format's version, then each file's name and size. */
    static String index(List<SiteFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a palette bundle needs at least one file");
        }
        StringBuilder index = new StringBuilder("{\"version\":").append(VERSION).append(",\"files\":[");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String name = name(files.get(i));
            if (!names.add(name)) {
                throw new IllegalArgumentException("a palette bundle holds " + name + " twice");
            }
            index.append(i == 0 ? "[\"" : ",[\"").append(name).append("\",").append(files.get(i).content().length)
                    .append(']');
        }
        return index.append("]}").append(INDEX_END).toString();
    }

    /** The file's name in the bundle: the last part of its path. */
    static String name(SiteFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a file in a palette bundle needs a plain name (letters, digits,"
                    + " '.', '_' and '-'): " + file.path());
        }
        return name;
    }
}
