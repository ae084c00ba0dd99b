package io.cinechrome.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) out of a {@code render}, through a compiler directive (JEP 165) added
 * from inside the process, as {@code jcmd PID Compiler.directives_add} would: methods are compiled by the quick
 * compiler (C1) alone, as with {@code -XX:TieredStopAtLevel=1}, which a jar cannot set for itself.
 * <p>
 * A render runs thousands of methods a few thousand times each (catalogue reading, stamps, templates, Batik), and
 * on a small machine C2's compiler threads took most of the CPU: 1,000 generated films, browser mode, two cores,
 * one film changed, 5.6-7.2 s with C2 (10 s of CPU) against 3.7-4.0 s without; a cold render 32.4 s against 27.6 s.
 * {@code analyze} keeps C2: its colour clustering is one long hot loop.
 * <p>
 * {@code -Dcinechrome.c2=true} leaves the compilers as the JVM chose. Where the JVM has no management module, or
 * refuses the directive, the render simply runs with both compilers.
 */
final class JitTuning {

    /** The system property that keeps C2 when {@code true}. */
    static final String KEEP_C2 = "cinechrome.c2";
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]\n";
    private static final String DIAGNOSTICS = "com.sun.management:type=DiagnosticCommand";

    private JitTuning() {
    }

    /** Compiles with C1 alone from now on, unless {@link #KEEP_C2} is set; false when the JVM would not. */
    static boolean withoutC2() {
        if (Boolean.getBoolean(KEEP_C2)) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("cinechrome-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            Object added = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTICS),
                    "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                    new String[] {String[].class.getName()});
            return String.valueOf(added).contains("1 compiler directives added");
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return false;
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
