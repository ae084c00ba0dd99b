package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The render's compiler directive, seen from a fresh JVM the way jcmd Compiler.directives_print shows it. */
class JitTuningTest {

    @Test
    void aRenderExcludesEveryMethodFromC2() throws Exception {
        String out = probe(List.of());
        assertTrue(out.contains("applied: true"), out);
        // The added directive comes before the JVM's default one: every method, excluded from C2 only.
        String added = out.substring(out.indexOf("Directive:"), out.indexOf("Directive: (default)"));
        assertTrue(added.contains("matching: *.*"), out);
        assertTrue(added.matches("(?s).*c2 directives:\\s+inline: -\\s+Enable:true Exclude:true .*"), out);
        assertFalse(added.matches("(?s).*c1 directives:\\s+inline: -\\s+Enable:true Exclude:true .*"), out);
    }

    @Test
    void theSystemPropertyKeepsC2() throws Exception {
        String out = probe(List.of("-D" + JitTuning.KEEP_C2 + "=true"));
        assertTrue(out.contains("applied: false"), out);
        assertEquals(out.indexOf("Directive:"), out.indexOf("Directive: (default)"), "only the default: " + out);
    }

    private static String probe(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JitTuningProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out;
    }
}
