package io.cinechrome.library;

/**
 * Something the scan wants the user to know about one entry of the library.
 *
 * @param path    the file or folder concerned, relative to the library
 * @param message what is wrong and how to fix it
 * @param skipped whether the entry was left out of the library (an error) or kept (a warning)
 */
public record Notice(String path, String message, boolean skipped) {

    public Notice {
        if (path == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a notice names a path and a message");
        }
    }

    @Override
    public String toString() {
        return (skipped ? "skipped " : "warning: ") + path + ": " + message;
    }
}
