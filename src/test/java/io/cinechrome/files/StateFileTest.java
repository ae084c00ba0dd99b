package io.cinechrome.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's state files: deflated on disk, the same bytes for the same text, and plain text still read. */
class StateFileTest {

    private static final int LINES = 2_000;

    @TempDir
    Path dir;

    /** Lines like the content stamps': a hex hash and a path. */
    static String stampLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            text.append(String.format("%032x", (long) i * 0x9E3779B97F4A7C15L)).append(" films/film-").append(i)
                    .append("/index.html\n");
        }
        return text.toString();
    }

    @Test
    void aStateFileIsAZlibStreamOfItsTextAndMuchSmaller() throws Exception {
        Path file = dir.resolve(".state");
        String text = stampLines() + "a title in Łódź\n";
        StateFile.write(file, text);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0x78, bytes[0] & 0xff, "a zlib header");
        assertTrue(bytes.length * 2 < text.length(), bytes.length + " bytes for " + text.length());
        Inflater inflater = new Inflater();
        inflater.setInput(bytes);
        byte[] inflated = new byte[text.length() * 2];
        int length = inflater.inflate(inflated);
        assertTrue(inflater.finished(), "java.util.zip reads it as one zlib stream");
        inflater.end();
        assertEquals(text, new String(inflated, 0, length, StandardCharsets.UTF_8));
        assertEquals(text, StateFile.read(file));
    }

    @Test
    void theSameTextGivesTheSameBytesAndAnUnchangedFileIsNotRewritten() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        StateFile.write(one, stampLines());
        StateFile.write(two, stampLines());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(one, old);
        StateFile.write(one, stampLines());
        assertEquals(old, Files.getLastModifiedTime(one), "the same text leaves the file alone");
    }

    @Test
    void plainTextAsEarlierVersionsWroteItIsRead() throws IOException {
        Path file = dir.resolve(".cinechrome-stamps");
        Files.writeString(file, stampLines());
        assertEquals(stampLines(), StateFile.read(file));
        Files.writeString(file, "");
        assertEquals("", StateFile.read(file));
        Files.writeString(file, "x");
        assertEquals("x", StateFile.read(file), "one byte is no zlib header");
    }

    @Test
    void aMissingFileIsToldFromADamagedOne() {
        assertThrows(NoSuchFileException.class, () -> StateFile.read(dir.resolve("none")));
    }

    @Test
    void aCutOrDamagedStreamIsAnErrorNamingTheFileAndTheFix() throws IOException {
        Path file = dir.resolve(".state");
        StateFile.write(file, stampLines());
        byte[] whole = Files.readAllBytes(file);
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x55;
        byte[] trailing = Arrays.copyOf(whole, whole.length + 1);
        for (byte[] damaged : new byte[][] {Arrays.copyOf(whole, whole.length / 2), Arrays.copyOf(whole, 2),
                Arrays.copyOf(whole, whole.length - 1), flipped, trailing}) {
            Files.write(file, damaged);
            IOException error = assertThrows(IOException.class, () -> StateFile.read(file), damaged.length + " bytes");
            assertFalse(error instanceof NoSuchFileException);
            assertTrue(error.getMessage().contains(file.toString()) && error.getMessage().contains("damaged")
                    && error.getMessage().contains("delete it"), error.getMessage());
        }
    }

    @Test
    void bytesThatAreNeitherDeflatedNorTextAreAnError() throws IOException {
        Path file = dir.resolve(".state");
        Files.write(file, new byte[] {'a', (byte) 0xff, (byte) 0xfe, 'b'});
        IOException error = assertThrows(IOException.class, () -> StateFile.read(file));
        assertTrue(error.getMessage().contains(file.toString()) && error.getMessage().contains("neither"),
                error.getMessage());
    }

    @Test
    void everyZlibLevelIsRead() throws IOException {
        Path file = dir.resolve(".state");
        for (int level = Deflater.NO_COMPRESSION; level <= Deflater.BEST_COMPRESSION; level++) {
            Files.write(file, Deflated.zlib(stampLines().getBytes(StandardCharsets.UTF_8), level));
            assertEquals(stampLines(), StateFile.read(file), "level " + level);
        }
    }

    @Test
    void aFileThatCannotBeWrittenNamesItselfAndWhatToCheck() throws IOException {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file");
        Path file = blocked.resolve(".state");
        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> StateFile.write(file, "text"));
        assertTrue(error.getMessage().contains(file.toString()) && error.getMessage().contains("permissions"),
                error.getMessage());
    }
}
