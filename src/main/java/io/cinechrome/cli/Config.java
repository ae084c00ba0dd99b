package io.cinechrome.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@code cinechrome.properties} file: defaults for the command-line options, under the same names
 * ({@code library=/films}, {@code site-url=https://...}). Relative paths are relative to the file's folder.
 */
final class Config {

    private final Properties properties;
    private final Path base;

    private Config(Properties properties, Path base) {
        this.properties = properties;
        this.base = base;
    }

    /** No file: every value comes from the command line or the defaults. */
    static Config none() {
        return new Config(new Properties(), Path.of(""));
    }

    /** Reads a config file. */
    static Config read(Path file) throws UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("config file " + file + " does not exist; create it or leave out --config");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("cannot read config file " + file + ": " + e.getMessage());
        }
        Path parent = file.toAbsolutePath().getParent();
        return new Config(properties, parent);
    }

    /** A value, empty when absent or blank. */
    Optional<String> value(String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Resolves a path given in the file against the file's folder. */
    Path path(String value) {
        return base.resolve(value);
    }

    /** The folder relative paths are resolved against. */
    Path base() {
        return base;
    }
}
