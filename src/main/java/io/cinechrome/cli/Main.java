package io.cinechrome.cli;

import io.cinechrome.Cinechrome;
import io.cinechrome.Request;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Command-line entry point: {@code java -jar cinechrome.jar COMMAND [options]}. */
public final class Main {

    /** Exit code of a wrong command line. */
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /** A command line writing to the given streams; {@code terminal} turns on the redrawn progress bar. */
    public Main(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs a command and exits with 0 (ok), 1 (failure) or 2 (usage). */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err, System.console() != null).run(args));
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
        Request request;
        try {
            Arguments arguments = Arguments.parse(command, args);
            if (arguments.flag("help")) {
                Arguments.printHelp(command, new PrintWriter(out, true, StandardCharsets.UTF_8));
                return Cinechrome.OK;
            }
            request = RequestFactory.create(arguments);
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
                case IMPORT -> cinechrome.importFiles();
            };
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("cinechrome " + command.id() + ": " + e.getMessage());
            return Cinechrome.FAILED;
        }
    }

    private static void requireLibrary(Command command, Request request) throws UsageException {
        if (command == Command.ANALYZE && request.library().isEmpty()) {
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
