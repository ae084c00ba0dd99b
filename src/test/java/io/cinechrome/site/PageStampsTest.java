package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.files.StateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content stamps and the stamps of inputs between two runs: deflated on disk, plain text still read. */
class PageStampsTest {

    private static final int FILES = 500;
    private static final String RUN = PageStamps.of("run");

    @TempDir
    Path site;

    /** A run that stamped {@value #FILES} pages and their inputs, recorded in the given order. */
    private static PageStamps saved(Path root, boolean backwards) {
        PageStamps stamps = PageStamps.load(root);
        stamps.startWriting();
        for (int n = 0; n < FILES; n++) {
            int i = backwards ? FILES - 1 - n : n;
            stamps.record(path(i), PageStamps.of("page " + i));
            stamps.recordInputs(path(i), PageStamps.of("inputs " + i));
        }
        stamps.save(RUN);
        return stamps;
    }

    private static String path(int i) {
        return "films/film-" + i + "/index.html";
    }

    private static void assertRemembersEveryFile(PageStamps stamps) {
        assertEquals(FILES, stamps.previousFiles());
        for (int i = 0; i < FILES; i++) {
            assertTrue(stamps.unchanged(path(i), PageStamps.of("page " + i)), path(i));
            assertEquals(Optional.of(PageStamps.of("page " + i)),
                    stamps.sameInputs(path(i), PageStamps.of("inputs " + i)), path(i));
        }
        assertFalse(stamps.unchanged(path(0), PageStamps.of("another page")));
    }

    @Test
    void theStampsAndInputsAreDeflatedToUnderAHalfOfTheirText() throws IOException {
        saved(site, false);
        for (String name : new String[] {PageStamps.FILE, PageStamps.INPUTS_FILE}) {
            byte[] bytes = Files.readAllBytes(site.resolve(name));
            String text = StateFile.read(site.resolve(name));
            assertEquals(0x78, bytes[0] & 0xff, name + " starts with a zlib header");
            assertEquals(FILES, text.lines().count(), name);
            assertTrue(text.lines().allMatch(line -> line.matches("[0-9a-f]{32} films/film-[0-9]+/index.html")),
                    name + " holds lines of a stamp and a path");
            assertTrue(bytes.length * 2 < text.length(), name + ": " + bytes.length + " bytes for " + text.length());
        }
        assertEquals(RUN + "\n", Files.readString(site.resolve(PageStamps.RUN_FILE)), "one stamp stays text");
        assertRemembersEveryFile(PageStamps.load(site));
    }

    @Test
    void twoRunsOfTheSameFilesGiveTheSameBytes(@TempDir Path other) throws IOException {
        saved(site, false);
        saved(other, true);
        for (String name : new String[] {PageStamps.FILE, PageStamps.INPUTS_FILE, PageStamps.RUN_FILE}) {
            assertArrayEquals(Files.readAllBytes(site.resolve(name)), Files.readAllBytes(other.resolve(name)), name);
        }
    }

    @Test
    void plainTextStampsOfAnEarlierVersionAreReadAndWrittenBackDeflated() throws IOException {
        saved(site, false);
        byte[] deflated = Files.readAllBytes(site.resolve(PageStamps.FILE));
        for (String name : new String[] {PageStamps.FILE, PageStamps.INPUTS_FILE}) {
            Files.writeString(site.resolve(name), StateFile.read(site.resolve(name)));
        }
        PageStamps stamps = PageStamps.load(site);
        assertRemembersEveryFile(stamps);
        stamps.startWriting();
        for (int i = 0; i < FILES; i++) {
            stamps.record(path(i), PageStamps.of("page " + i));
            stamps.recordInputs(path(i), PageStamps.of("inputs " + i));
        }
        stamps.save(RUN);
        assertArrayEquals(deflated, Files.readAllBytes(site.resolve(PageStamps.FILE)));
    }

    @Test
    void cutOrDamagedStampsAreNoStampsAtAll() throws IOException {
        saved(site, false);
        Path file = site.resolve(PageStamps.FILE);
        byte[] whole = Files.readAllBytes(file);
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x55;
        for (byte[] damaged : new byte[][] {Arrays.copyOf(whole, whole.length / 2), flipped}) {
            Files.write(file, damaged);
            PageStamps stamps = PageStamps.load(site);
            assertEquals(0, stamps.previousFiles(), "nothing trusted, every file compared again");
            assertEquals(Optional.empty(), stamps.sameInputs(path(0), PageStamps.of("inputs 0")),
                    "inputs without their stamp keep nothing");
        }
        Files.write(site.resolve(PageStamps.INPUTS_FILE), new byte[] {0x78, (byte) 0x9c, 1, 2, 3});
        saved(site, false);
        assertRemembersEveryFile(PageStamps.load(site));
    }

    @Test
    void missingStampsAreNoStamps() {
        PageStamps stamps = PageStamps.load(site);
        assertEquals(0, stamps.previousFiles());
        assertFalse(stamps.unchanged(path(0), PageStamps.of("page 0")));
    }
}
