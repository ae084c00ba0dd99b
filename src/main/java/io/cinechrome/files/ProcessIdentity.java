package io.cinechrome.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Who a process is: its id, the host it runs on, its command line and when it started. Lock files and the names of
 * temporary files carry it, so a later run can tell a file of a live process from one a crashed process left.
 *
 * @param pid     the process id
 * @param host    the host name (the container's name in Kubernetes)
 * @param command the command line, shortened
 * @param started when the process started (ISO-8601, UTC, whole seconds)
 */
public record ProcessIdentity(long pid, String host, String command, String started) {

    /** Long command lines (a Java class path) are cut to this many characters. */
    static final int MAX_COMMAND = 300;
    private static final List<Path> HOST_FILES = List.of(Path.of("/proc/sys/kernel/hostname"), Path.of("/etc/hostname"));
    private static final String UNKNOWN_HOST = "localhost";

    public ProcessIdentity {
        if (pid < 0 || host == null || host.isBlank() || command == null || started == null) {
            throw new IllegalArgumentException("a process identity needs a pid, a host, a command and a start time");
        }
    }

    /** This process. */
    public static ProcessIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        String command = self.info().commandLine().orElse("java");
        if (command.length() > MAX_COMMAND) {
            command = command.substring(0, MAX_COMMAND) + "...";
        }
        return new ProcessIdentity(self.pid(), localHost(), command, startOf(self));
    }

    /** The host name, read from the kernel without a network lookup. */
    public static String localHost() {
        for (Path file : HOST_FILES) {
            try {
                String name = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException | SecurityException e) {
                // try the next source
            }
        }
        return UNKNOWN_HOST;
    }

    /** One line for messages: "pid 123 on host, started 2026-11-22T02:00:00Z: java -jar ...". */
    public String describe() {
        return String.format(Locale.ROOT, "pid %d on %s, started %s: %s", pid, host, started, command);
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
