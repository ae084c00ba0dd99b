package io.cinechrome.cli;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/** Run by {@link JitTuningTest} in a JVM of its own: applies the tuning and prints the JVM's compiler directives. */
final class JitTuningProbe {

    private JitTuningProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("applied: " + JitTuning.withoutC2());
        System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
