package io.cinechrome.cli;

/** Command-line entry point: {@code java -jar cinechrome.jar COMMAND [options]}. */
public final class Main {

    private Main() {
    }

    /** Runs a command and exits with 0 (ok), 1 (failure) or 2 (usage). */
    public static void main(String[] args) {
        System.exit(0);
    }
}
