package io.cinechrome.cli;

/** The command line is wrong: the message says what and how to fix it; exit code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With a message naming the problem and the fix. */
    public UsageException(String message) {
        super(message);
    }
}
