package io.cinechrome.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The commands of the command line, with their synopsis and options. */
enum Command {
    ANALYZE("analyze --library DIR --catalog DIR [options]",
            "Analyses every film of the library into the catalogue: a palette and stripes per film.",
            List.of("library", "catalog", "config", "colours", "grey-levels", "stripes", "sampling", "threads",
                    "force", "only", "prune", "acts", "shard")),
    RENDER("render --catalog DIR --site DIR [options]",
            "Renders posters and pages from the catalogue alone (no videos needed).",
            List.of("catalog", "site", "config", "threads", "base-path", "site-url", "title", "poster-size",
                    "thumb-size", "no-credits", "lossless-png", "wait", "poster-style", "downloads")),
    BUILD("build --library DIR --catalog DIR --site DIR [options]",
            "Analyses what is new or changed, then renders posters and pages. Without a library, builds the demo.",
            List.of("library", "catalog", "site", "config", "colours", "grey-levels", "stripes", "sampling",
                    "threads", "force", "only", "base-path", "site-url", "title", "poster-size", "thumb-size",
                    "no-credits", "lossless-png", "wait", "poster-style", "acts", "downloads")),
    SCAN("scan --library DIR [--json]",
            "Tells what the library holds without decoding anything: films, their names, collections, parts and"
                    + " every notice.",
            List.of("library", "config", "json")),
    IMPORT("import --from FILE... --catalog DIR [options]",
            "Imports palettes computed by other tools (movies.db, movies_palettes.json, fingerprint CSVs).",
            List.of("from", "catalog", "config", "colours", "grey-levels", "stripes", "force"));

    private final String synopsis;
    private final String description;
    private final List<String> options;

    Command(String synopsis, String description, List<String> options) {
        this.synopsis = synopsis;
        this.description = description;
        this.options = options;
    }

    String synopsis() {
        return synopsis;
    }

    String description() {
        return description;
    }

    List<String> options() {
        return options;
    }

    /** The name typed on the command line. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Command> find(String name) {
        for (Command c : values()) {
            if (c.id().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
