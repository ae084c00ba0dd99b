package io.cinechrome.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;

/**
 * A file a build keeps for its next run in the folder it writes (the site's content stamps, the stamps of what
 * some files are made from, the similar films found): UTF-8 text, deflated on disk as a zlib stream, since it is
 * published with the site and deflate makes such lines of hashes and names a third of their size. The same text
 * gives the same bytes (at a fixed level, with one zlib), and a file is written whole or not at all
 * ({@link AtomicFiles}). A file of plain text,
 * as earlier versions wrote them, is still read: a zlib stream tells itself from text by its first two bytes.
 */
public final class StateFile {

    /**
     * The zlib level. State files are written on every run that changes anything: at 1,000 films level 6 makes
     * the three a site keeps 305 KB of 1,041 KB in 27 ms of CPU, level 1 335 KB in 7 ms, level 9 298 KB in 61 ms.
     */
    static final int LEVEL = 6;

    private StateFile() {
    }

    /**
     * The text of a state file, deflated or plain.
     *
     * @throws java.nio.file.NoSuchFileException when there is none
     * @throws IOException when it cannot be read or is damaged (the message names the file and the problem)
     */
    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return text(file, Deflated.isZlib(bytes) ? inflate(file, bytes) : bytes);
    }

    /**
     * Replaces the state file with {@code text}, deflated, in one rename; leaves a file that already holds it
     * alone.
     *
     * @throws UncheckedIOException when it cannot be written, naming the file and what to check
     */
    public static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, Deflated.zlib(text.getBytes(StandardCharsets.UTF_8), LEVEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                    + " (check the permissions and the free space of " + file.toAbsolutePath().getParent() + ")", e);
        }
    }

    private static byte[] inflate(Path file, byte[] bytes) throws IOException {
        try {
            return Deflated.inflate(bytes);
        } catch (DataFormatException e) {
            throw damaged(file, "its deflated content is damaged: " + e.getMessage());
        }
    }

    private static String text(Path file, byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw damaged(file, "it is neither deflated nor UTF-8 text");
        }
    }

    private static IOException damaged(Path file, String problem) {
        return new IOException("cannot read " + file + ": " + problem + " (delete it: the next run compares every"
                + " file again and writes a new one)");
    }
}
