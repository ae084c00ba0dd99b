package io.cinechrome.importer;

/** A file or a film that cannot be imported; the message names the problem and the fix. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With a message naming the problem and the fix. */
    public ImportException(String message) {
        super(message);
    }

    /** With a message naming the problem and the fix, and what caused it. */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
