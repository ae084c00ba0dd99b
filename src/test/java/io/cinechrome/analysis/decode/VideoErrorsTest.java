package io.cinechrome.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.FilmAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding errors are one plain sentence: the file, what is wrong, the fix; no hints for developers. */
class VideoErrorsTest {

    private static final List<String> DEVELOPER_HINTS =
            List.of("setFormat", "FFmpegLogCallback", "been called", "error -", "avformat_", "avcodec_", "))");

    @TempDir
    Path dir;

    @Test
    void javacvHintsAreTakenOutOfTheReason() {
        assertEquals("could not open input", FfmpegVideo.plain("avformat_open_input() error -1094995529: Could not"
                + " open input \"/films/x.avi\". (Has setFormat() been called?)"));
        assertEquals("could not open video codec", FfmpegVideo.plain("avcodec_open2() error -22: Could not open video"
                + " codec. (For more details, make sure FFmpegLogCallback.set() has been called.)"));
    }

    @Test
    void aFileThatIsNoVideoGivesOnePlainSentence() throws Exception {
        Path garbage = dir.resolve("Garbage (2001).avi");
        Files.write(garbage, "this is not a video at all".repeat(100).getBytes());
        for (Sampling sampling : Sampling.values()) {
            VideoException e = assertThrows(VideoException.class, () -> new FilmAnalyzer(
                    new AnalysisSettings(10, 4, 10, sampling)).analyze(garbage, ProgressListener.NONE));
            String message = e.getMessage();
            assertTrue(message.startsWith(garbage.toString() + ": "), message);
            assertTrue(message.contains("; "), "says the fix: " + message);
            assertFalse(message.contains("\n"), message);
            assertEquals(1, message.split("\\. ").length, "one sentence: " + message);
            for (String hint : DEVELOPER_HINTS) {
                assertFalse(message.contains(hint), hint + " in: " + message);
            }
        }
    }
}
