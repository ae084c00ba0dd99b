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

    /** Samples, trailers, interviews and other extras that sit beside a film (as words of the name). */
    private static final Pattern EXTRA = Pattern.compile("(?i)(^|[\\W_])(samples?|trailers?|teasers?|featurettes?"
            + "|behind[\\W_]*the[\\W_]*scenes|deleted[\\W_]*scenes?|interviews?|bonus|extras?|making[\\W_]*of"
            + "|outtakes?|bloopers?)([\\W_]|$)");

    private VideoFiles() {
    }

    /** Whether the file name has a video extension and is not a sample, a trailer, hidden or a macOS fork. */
    public static boolean isFilm(Path file) {
        return isVideo(file) && !isExtra(baseName(file.getFileName().toString()));
    }

    /** Whether the file name has a video extension and is neither hidden nor a macOS fork ({@code ._name}). */
    public static boolean isVideo(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("~") && EXTENSIONS.contains(extension(name));
    }

    /** Whether a name marks a sample, trailer, interview, featurette or other extra. */
    public static boolean isExtra(String name) {
        return EXTRA.matcher(name).find();
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

    /**
     * Whether a file name marks an extra other than by the title of its film: {@code Interview.2007} in the
     * folder of the film "Interview" is the film.
     */
    public static boolean isExtra(String name, String title) {
        String words = name.toLowerCase(Locale.ROOT).replaceAll("[\\W_]+", " ");
        String titleWords = title.toLowerCase(Locale.ROOT).replaceAll("[\\W_]+", " ").strip();
        return isExtra(titleWords.isEmpty() ? words : words.replace(titleWords, " "));
    }

    /** The last extension, lower case, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
