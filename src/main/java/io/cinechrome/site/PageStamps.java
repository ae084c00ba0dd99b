package io.cinechrome.site;

import io.cinechrome.files.AtomicFiles;
import io.cinechrome.files.StateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The site's content stamps, {@code .cinechrome-stamps} in the site folder: for every file the site stage wrote,
 * a hash of what it was made from (a page's template set, settings and model; any other file's bytes). A file
 * whose stamp is unchanged and that still exists is neither rendered nor read again, so a re-run over an
 * unchanged catalogue costs little more than planning the pages. {@value #RUN_FILE} stamps the whole run's
 * inputs: when they are unchanged and every file is there, even planning is skipped. {@value #INPUTS_FILE} keeps,
 * for files whose inputs are cheaper to tell than their content (film pages, palette files), a stamp of those
 * inputs and of the code: when both match, the file's last stamp is kept without making it. A missing or damaged stamp file only
 * means everything is compared again; the file is off the disk while a run writes, so a run stopped half-way
 * leaves no stamps that lie.
 *
 * <p>The stamps and the inputs are lines of "stamp path", published with the site, so they are kept deflated
 * ({@link StateFile}: about a third of the text, 0.2 KB a film); plain text, as earlier versions wrote them, is
 * still read. {@value #RUN_FILE} is a single stamp, which deflate would only make longer, so it stays text.
 */
public final class PageStamps {

    /** The stamp file's name in the site root. */
    static final String FILE = ".cinechrome-stamps";
    /** Bump when the page code changes in ways the models do not show, so every page is rendered again. */
    static final int PAGES_VERSION = 2;
    /** Hex digits kept of each SHA-256: 128 bits tell versions of one file apart safely. */
    private static final int HASH_CHARS = 32;
    private static final String ALGORITHM = "SHA-256";
    /**
     * The file holding the stamp of the whole run's inputs. It names the code that ran (which differs between
     * machines), so it is kept apart from the stamps, which are the same on every machine. One line of text: 33
     * bytes, which a zlib stream would make 41.
     */
    static final String RUN_FILE = ".cinechrome-run";

    /**
     * The stamps of what some files are made from ({@link #sameInputs}), with the code that made them. They differ
     * between machines, so they are kept apart from the stamps, like {@link #RUN_FILE}.
     */
    static final String INPUTS_FILE = ".cinechrome-inputs";

    private final Path file;
    private final Path runFile;
    private final Path inputsFile;
    private final Map<String, String> previous;
    private final Map<String, String> current = new HashMap<>();
    private final Map<String, String> previousInputs;
    private final Map<String, String> currentInputs = new HashMap<>();

    private PageStamps(Path file, Map<String, String> previous, Map<String, String> previousInputs) {
        this.file = file;
        this.runFile = file.resolveSibling(RUN_FILE);
        this.inputsFile = file.resolveSibling(INPUTS_FILE);
        this.previous = previous;
        this.previousInputs = previousInputs;
    }

    /** The stamps a previous run left in {@code root} (none when there are none or they cannot be read). */
    static PageStamps load(Path root) {
        Path file = root.resolve(FILE);
        return new PageStamps(file, read(file), read(root.resolve(INPUTS_FILE)));
    }

    /** A stamp file's "stamp path" lines; none when it is missing or damaged. */
    private static Map<String, String> read(Path file) {
        Map<String, String> stamps = new HashMap<>();
        try {
            StateFile.read(file).lines().forEach(line -> {
                int space = line.indexOf(' ');
                if (space == HASH_CHARS) {
                    stamps.put(line.substring(space + 1), line.substring(0, space));
                }
            });
        } catch (IOException e) {
            stamps.clear();
        }
        return stamps;
    }

    /**
     * Whether the last run was made from exactly the same inputs ({@code run}, see {@link RunInputs}) and every
     * file it wrote is still there: then nothing needs planning at all. Keeps the last run's stamps as this run's.
     */
    boolean sameRun(String run, Path root) {
        if (!run.equals(lastRun())) {
            return false;
        }
        for (String path : previous.keySet()) {
            if (!Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        current.putAll(previous);
        currentInputs.putAll(previousInputs);
        return true;
    }

    private String lastRun() {
        try {
            return Files.readString(runFile, StandardCharsets.UTF_8).strip();
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** The files the last run stamped. */
    int previousFiles() {
        return previous.size();
    }

    /**
     * Takes the stamps off the disk while this run writes: if it stops half-way, the next run compares every file
     * by its content instead of trusting stamps that no longer describe the files.
     */
    void startWriting() {
        try {
            Files.deleteIfExists(runFile);
            Files.deleteIfExists(inputsFile);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage()
                    + " (check the site folder's permissions)", e);
        }
    }

    /** Writes this run's stamps, sorted by path, and the stamp of its inputs {@code run}, replacing the last ones. */
    void save(String run) {
        save();
        try {
            AtomicFiles.writeString(runFile, run + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + runFile + ": " + e.getMessage()
                    + " (check the site folder's permissions and free space)", e);
        }
    }

    /** Whether {@code path} was made from the same {@code stamp} last time (the caller checks the file exists). */
    boolean unchanged(String path, String stamp) {
        return stamp.equals(previous.get(path));
    }

    /** Records the stamp of a file written or kept in this run. */
    void record(String path, String stamp) {
        current.put(path, stamp);
    }

    /**
     * The stamp {@code path} had last time when it was made from the same {@code inputs} (which name the code
     * too), so the file is known to be right without making it; empty when anything differs.
     */
    Optional<String> sameInputs(String path, String inputs) {
        return inputs.equals(previousInputs.get(path)) ? Optional.ofNullable(previous.get(path)) : Optional.empty();
    }

    /** Records what a file of this run was made from. */
    void recordInputs(String path, String inputs) {
        currentInputs.put(path, inputs);
    }

    /** Writes this run's stamps and inputs, sorted by path, replacing the previous ones. */
    void save() {
        write(file, current);
        write(inputsFile, currentInputs);
    }

    private static void write(Path file, Map<String, String> stamps) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(stamps).forEach((path, stamp) -> text.append(stamp).append(' ').append(path).append('\n'));
        StateFile.write(file, text.toString());
    }

    /** The stamp of some text. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The stamp of some bytes. */
    static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes))
                    .substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + ALGORITHM, e);
        }
    }
}
