package io.cinechrome.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: compared byte for byte, rewritten on purpose with
 * {@code -Dcinechrome.updateGolden=true}.
 */
public final class Golden {

    private static final Path ROOT = Path.of(System.getProperty("cinechrome.projectDir", "."))
            .resolve("src/test/resources/golden");

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code name} (or rewrites it when asked to). */
    public static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("cinechrome.updateGolden") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "differs from golden file " + file + " (rerun with -Dcinechrome.updateGolden=true if intended)");
    }
}
