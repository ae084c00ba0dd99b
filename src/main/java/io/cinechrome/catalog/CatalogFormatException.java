package io.cinechrome.catalog;

/** A JSON file that is not a catalogue entry Cinechrome can read. */
public final class CatalogFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean newer;

    /** With a message saying what is wrong. */
    public CatalogFormatException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private CatalogFormatException(String message, Throwable cause, boolean newer) {
        super(message, cause);
        this.newer = newer;
    }

    /** An entry written by a newer Cinechrome: this version must neither read nor replace it. */
    static CatalogFormatException newerSchema(int version) {
        return new CatalogFormatException("was written by a newer Cinechrome (schemaVersion " + version
                + "; this version knows up to " + CatalogEntry.SCHEMA_VERSION + "), so it is left alone: update"
                + " Cinechrome to use it", null, true);
    }

    /** Whether the file is an entry of a newer Cinechrome (nothing to fix; it needs a newer version). */
    public boolean newer() {
        return newer;
    }
}
