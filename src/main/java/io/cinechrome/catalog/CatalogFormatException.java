package io.cinechrome.catalog;

/** A JSON file that is not a catalogue entry Cinechrome can read. */
public final class CatalogFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With a message saying what is wrong. */
    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
