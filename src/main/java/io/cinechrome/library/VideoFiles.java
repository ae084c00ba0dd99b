package io.cinechrome.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which files of a library are films' video files and which are junk to ignore. */
public final class VideoFiles {

    /** Extensions that people keep films in and FFmpeg decodes. */
    public static final Set<String> EXTENSIONS = Set.of(
            "mkv", "mp4", "m4v", "avi", "mov", "qt", "webm", "mpg", "mpeg", "mpe", "m2v", "ts", "m2ts", "mts",
            "wmv", "asf", "flv", "f4v", "ogv", "ogm", "vob", "divx", "xvid", "3gp", "3g2", "dv", "mxf", "rm",
            "rmvb", "y4m", "nut");

    /** Samples, trailers and extras that sit beside a film (as a word of the name). */
    private static final Pattern EXTRA = Pattern.compile(
            "(?i)(^|[\\W_])(sample|trailer|teaser|featurette|behindthescenes|deleted ?scenes?|extras?)([\\W_]|$)");

    private VideoFiles() {
    }

    /** Whether the file name has a video extension and is not a sample, a trailer, hidden or a macOS fork. */
    public static boolean isFilm(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~")) {
            return false;
        }
        String ext = extension(name);
        return EXTENSIONS.contains(ext) && !EXTRA.matcher(baseName(name)).find();
    }

    /** Whether the file would be a video if it were not a sample or extra (for warnings). */
    public static boolean hasVideoExtension(Path file) {
        return EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    /** The name without its last extension. */
    public static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
