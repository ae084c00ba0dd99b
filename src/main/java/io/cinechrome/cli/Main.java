package io.cinechrome.cli;

import io.cinechrome.Cinechrome;
import io.cinechrome.Interruption;
import io.cinechrome.Request;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Command-line entry point: {@code java -jar cinechrome.jar COMMAND [options]}. */
public final class Main {

    /** Exit code of a wrong command line. */
    public static final int USAGE = 2;
    /** How long a stopping command may take to finish its file writes after SIGINT or SIGTERM. */
    static final int STOP_GRACE_SECONDS = 30;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /** A command line writing to the given streams; {@code terminal} turns on the redrawn progress bar. */
    public Main(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Runs a command and exits with 0 (ok), 1 (failure) or 2 (usage); 130 after SIGINT and 143 after SIGTERM, once
     * the command has stopped cleanly (see {@link Interruption}).
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopCleanly(finished, err), "cinechrome-stop"));
        int exit = new Main(out, err, System.console() != null).run(args);
        finished.countDown();
        System.exit(exit);
    }

    /**
     * On SIGINT or SIGTERM the JVM runs this hook while the command still runs: it asks the stages to stop and waits
     * for the command to end (the JVM then exits with 128 + the signal's number). A normal exit finds it finished.
     */
    private static void stopCleanly(CountDownLatch finished, PrintStream err) {
        if (finished.getCount() == 0) {
            return;
        }
        Interruption.request();
        try {
            if (!finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                err.println("interrupted: the work in progress did not stop within " + STOP_GRACE_SECONDS
                        + " s and was abandoned; run again to continue");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a command and returns its exit code. */
    public int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printUsage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : Cinechrome.OK;
        }
        Optional<Command> command = Command.find(args[0]);
        if (command.isEmpty()) {
            err.println("cinechrome: unknown command '" + args[0] + "'");
            printUsage(err);
            return USAGE;
        }
        return run(command.get(), Arrays.copyOfRange(args, 1, args.length));
    }

    private int run(Command command, String[] args) {
        if (command == Command.RENDER) {
            JitTuning.withoutC2();
        }
        Request request;
        boolean json;
        try {
            Arguments arguments = Arguments.parse(command, args);
            if (arguments.flag("help")) {
                Arguments.printHelp(command, new PrintWriter(out, true, StandardCharsets.UTF_8));
                return Cinechrome.OK;
            }
            request = RequestFactory.create(arguments);
            json = arguments.flag("json");
            requireLibrary(command, request);
        } catch (UsageException e) {
            err.println("cinechrome " + command.id() + ": " + e.getMessage());
            Arguments.printHelp(command, new PrintWriter(err, true, StandardCharsets.UTF_8));
            return USAGE;
        }
        try {
            Cinechrome cinechrome = new Cinechrome(request, out, total -> new ConsoleProgress(out, terminal, total));
            return switch (command) {
                case ANALYZE -> cinechrome.analyze();
                case RENDER -> cinechrome.render();
                case BUILD -> cinechrome.build();
                case SCAN -> cinechrome.scanLibrary(json);
                case IMPORT -> cinechrome.importFiles();
            };
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("cinechrome " + command.id() + ": " + e.getMessage());
            return Cinechrome.FAILED;
        }
    }

    private static void requireLibrary(Command command, Request request) throws UsageException {
        if ((command == Command.ANALYZE || command == Command.SCAN) && request.library().isEmpty()) {
            throw new UsageException("--library is required: the folder that holds your films");
        }
        if (command == Command.IMPORT && request.from().isEmpty()) {
            throw new UsageException("--from is required: the movies.db, movies_palettes.json or CSV files to import");
        }
    }

    private void printUsage(PrintStream stream) {
        stream.println("usage: java -jar cinechrome.jar COMMAND [options]   (COMMAND --help for its options)");
        for (Command c : Command.values()) {
            stream.printf("  %-8s %s%n", c.id(), c.description());
        }
    }
}
