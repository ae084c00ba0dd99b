package io.cinechrome.analysis.decode;

import java.nio.file.Path;

/** A video file that cannot be decoded: names the file, the reason and what to do. */
public final class VideoException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception for {@code file} with a message that says what is wrong and how to fix it. */
    public VideoException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }

    /** Creates an exception for {@code file} with a message that says what is wrong and how to fix it. */
    public VideoException(Path file, String message) {
        super(file + ": " + message);
    }
}
