package io.cinechrome.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code target/cinechrome.jar} run as a child process, the way users run it, so tests can send it signals and
 * {@code kill -9}. Its output goes to files in the test's folder. Tests skip when the jar was not built.
 */
public final class JarProcess implements AutoCloseable {

    /** The longest any test command may take. */
    public static final Duration LIMIT = Duration.ofMinutes(8);
    private static final String HEAP = "-Xmx768m";

    private final Process process;
    private final Path out;
    private final Path err;

    private JarProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** The jar; skips the test when {@code mvn package} has not built it. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("cinechrome.projectDir", "."), "target", "cinechrome.jar");
        assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is missing; run mvn package first");
        return jar;
    }

    /** Starts {@code java -jar cinechrome.jar args...}; output goes to {@code logs/<name>.out|.err}. */
    public static JarProcess start(Path logs, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (cache != null) {
            command.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
        }
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new JarProcess(process, out, err);
    }

    /** Runs to the end and returns the exit code. */
    public static Result run(Path logs, String name, String... args) throws Exception {
        try (JarProcess process = start(logs, name, args)) {
            return process.await();
        }
    }

    /** What a finished process did. */
    public record Result(int exit, String out, String err) {

        /** Everything it printed, for assertion messages. */
        public String all() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether it still runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Waits for the end. */
    public Result await() throws Exception {
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + LIMIT + ": " + out());
        }
        return new Result(process.exitValue(), out(), err());
    }

    /** What it printed so far. */
    public String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Waits until the output shows something (or the process ended); returns whether it showed. */
    public boolean awaitOutput(Predicate<String> shown, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (shown.test(out())) {
                return true;
            }
            if (!process.isAlive()) {
                return shown.test(out());
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** {@code kill -TERM}. */
    public void terminate() {
        process.destroy();
    }

    /** {@code kill -9}, then waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Every regular file below a folder, relative and sorted. */
    public static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Fails unless the two folders hold the same files with the same bytes. */
    public static void assertSameTree(Path expected, Path actual) throws IOException {
        List<String> names = files(expected);
        org.junit.jupiter.api.Assertions.assertEquals(names, files(actual), "files of " + actual);
        for (String name : names) {
            if (!java.util.Arrays.equals(Files.readAllBytes(expected.resolve(name)),
                    Files.readAllBytes(actual.resolve(name)))) {
                throw new AssertionError(name + " differs between " + expected + " and " + actual);
            }
        }
    }
}
