package io.cinechrome.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** The Commons CLI adapter: the options of each command, parsing, and help text. */
final class Arguments {

    private static final int HELP_WIDTH = 100;
    private static final int LEFT_PAD = 2;
    private static final int DESCRIPTION_PAD = 3;

    private final CommandLine line;

    private Arguments(CommandLine line) {
        this.line = line;
    }

    /** Parses the arguments after the command name. */
    static Arguments parse(Command command, String[] args) throws UsageException {
        try {
            CommandLine line = new DefaultParser().parse(options(command), args);
            if (!line.getArgList().isEmpty()) {
                throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
            }
            return new Arguments(line);
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Whether a flag was given. */
    boolean flag(String name) {
        return line.hasOption(name);
    }

    /** An option's value, empty when absent or blank. */
    Optional<String> value(String name) {
        return Optional.ofNullable(line.getOptionValue(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Every value of an option that takes several ({@code --from a.csv b.csv}), blank ones left out. */
    List<String> values(String name) {
        String[] values = line.getOptionValues(name);
        return values == null ? List.of()
                : Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Prints a command's synopsis and options. */
    static void printHelp(Command command, PrintWriter out) {
        new HelpFormatter().printHelp(out, HELP_WIDTH, "java -jar cinechrome.jar " + command.synopsis(),
                command.description() + "\n\n", options(command), LEFT_PAD, DESCRIPTION_PAD, "", false);
        out.flush();
    }

    private static Options options(Command command) {
        Options options = new Options();
        options.addOption(flag("h", "help", "show this help"));
        for (String name : command.options()) {
            options.addOption(option(name));
        }
        return options;
    }

    private static Option option(String name) {
        return switch (name) {
            case "from" -> Option.builder().longOpt("from").hasArgs().argName("FILE...")
                    .desc("movies.db, movies_palettes.json or colour-fingerprint CSVs to import").get();
            case "library" -> valued("library", "DIR", "the folder of films: 'Title (Year, Director)' folders or files");
            case "catalog" -> valued("catalog", "DIR", "the catalogue folder, one JSON file per film (default: catalog)");
            case "site" -> valued("site", "DIR", "the output folder of the gallery (default: site)");
            case "config" -> valued("config", "FILE", "a cinechrome.properties file with defaults for these options");
            case "colours" -> valued("colours", "N", "colours per palette (default: 10)");
            case "grey-levels" -> valued("grey-levels", "N", "greys in a black-and-white film's palette (default: 4)");
            case "stripes" -> valued("stripes", "N", "stripes per film, equal slices of time (default: 1080)");
            case "sampling" -> valued("sampling", "MODE", "fast (a frame in every stripe, the default) or exact (every frame)");
            case "threads" -> valued("threads", "N", "films processed at once (default: number of cores)");
            case "only" -> valued("only", "TITLE", "only the film with this title, slug or folder name");
            case "base-path" -> valued("base-path", "PATH", "path the site is served from, e.g. /repo/ (default: /)");
            case "site-url" -> valued("site-url", "URL", "absolute address of the site, for Open Graph and sitemap");
            case "title" -> valued("title", "TEXT", "the gallery's title (default: Cinechrome)");
            case "poster-size" -> valued("poster-size", "PX", "side of the square poster PNG (default: 1080)");
            case "thumb-size" -> valued("thumb-size", "PX", "side of the poster thumbnail PNG (default: 360)");
            case "poster-style" -> valued("poster-style", "STYLE",
                    "the featured poster: square, ring or strip (all are rendered; default: square)");
            case "downloads" -> valued("downloads", "WHERE", "files: every poster, card and barcode is saved in"
                    + " site/ (default); browser: the film page makes them, for archives that must stay small");
            case "acts" -> valued("acts", "N", "acts per film, each with its own palette (default: 5)");
            case "no-credits" -> flag(null, "no-credits", "posters show the title only, without year and director");
            case "lossless-png" -> flag(null, "lossless-png", "PNGs keep every colour exactly (truecolour, about twice"
                    + " the bytes) instead of the nearest of 256 chosen per image");
            case "wait" -> valued("wait", "TIME", "how long to wait while another run writes the same site, e.g. 90s or"
                    + " 10m (default: 60s)");
            case "force" -> flag(null, "force", "recompute everything, even what is up to date (import: replace entries"
                    + " analysed from video)");
            case "json" -> flag(null, "json", "print one JSON document: {\"films\": [...], \"notices\": [...]}");
            case "prune" -> flag(null, "prune", "remove catalogue entries of films no longer in the library");
            case "shard" -> valued("shard", "I/N", "analyse only share I (from 0) of N of the films, by slug;"
                    + " N processes together analyse each film once");
            default -> throw new IllegalArgumentException("no such option: " + name);
        };
    }

    private static Option valued(String name, String argName, String description) {
        return Option.builder().longOpt(name).hasArg().argName(argName).desc(description).get();
    }

    private static Option flag(String shortName, String name, String description) {
        return Option.builder(shortName).longOpt(name).desc(description).get();
    }
}
