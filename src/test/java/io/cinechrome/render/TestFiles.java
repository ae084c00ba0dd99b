package io.cinechrome.render;

import io.cinechrome.colour.Rgb;
import io.cinechrome.render.text.Fonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Paths and pixel helpers shared by the render tests. */
final class TestFiles {

    private TestFiles() {
    }

    /** The project folder (failsafe sets {@code cinechrome.projectDir}). */
    static Path projectDir() {
        return Path.of(System.getProperty(Fonts.PROJECT_DIR_PROPERTY, "")).toAbsolutePath();
    }

    /** {@code target/test-output/render/<name>}, created. */
    static Path output(String name) {
        Path dir = projectDir().resolve("target/test-output/render").resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a PNG. */
    static BufferedImage image(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalStateException("not a PNG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour of a pixel, alpha ignored. */
    static Rgb pixel(BufferedImage image, int x, int y) {
        int argb = image.getRGB(x, y);
        return new Rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }

    /** Largest channel difference. */
    static int distance(Rgb a, Rgb b) {
        return Math.max(Math.abs(a.red() - b.red()),
                Math.max(Math.abs(a.green() - b.green()), Math.abs(a.blue() - b.blue())));
    }
}
