package io.cinechrome.render.text;

import io.cinechrome.render.RenderException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Loads the shipped fonts once and registers them with Java's {@link GraphicsEnvironment}, where Batik and the
 * text measurements find them. Each file is read from the classpath resource
 * {@code cinechrome/static/fonts/<file>} (inside the jar, and {@code target/classes} in a build) and,
 * failing that, from {@code <project>/static/fonts/<file>}, where the project folder is the system property
 * {@code cinechrome.projectDir} or else the working directory.
 */
public final class Fonts {

    /** The classpath folder that the pom copies {@code static/fonts/} to. */
    static final String RESOURCE_FOLDER = "cinechrome/static/fonts/";
    /** The project folder holding {@code static/fonts/}. */
    public static final String PROJECT_DIR_PROPERTY = "cinechrome.projectDir";
    private static final String PROJECT_FONT_FOLDER = "static/fonts";

    private static Fonts loaded;

    private final Map<TypeFace, Font> faces;

    private Fonts(Map<TypeFace, Font> faces) {
        this.faces = faces;
    }

    /**
     * The loaded and registered fonts (loaded on first use, thread-safe).
     *
     * @throws RenderException when a font file is missing or unreadable; the message says where it was looked for
     */
    public static synchronized Fonts get() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    /** The face's font at size 1; derive the size you need. */
    Font font(TypeFace face) {
        return faces.get(face);
    }

    /** The face that draws the code point: the face itself or its first fallback that has the glyph. */
    TypeFace faceFor(TypeFace face, int codePoint) {
        for (TypeFace candidate : face.withFallbacks()) {
            if (font(candidate).canDisplay(codePoint)) {
                return candidate;
            }
        }
        return face;
    }

    private static Fonts load() {
        Map<TypeFace, Font> faces = new EnumMap<>(TypeFace.class);
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (TypeFace face : TypeFace.values()) {
            Font font = read(face);
            // false means a font of that name is installed already: the system's copy is used, which is fine.
            environment.registerFont(font);
            faces.put(face, font);
        }
        return new Fonts(faces);
    }

    private static Font read(TypeFace face) {
        String resource = RESOURCE_FOLDER + face.fileName();
        Path file = projectDir().resolve(PROJECT_FONT_FOLDER).resolve(face.fileName());
        try (InputStream in = open(resource, file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new RenderException("cannot read the font " + face.fileName() + " (classpath " + resource
                    + " or " + file + "): " + e.getMessage() + "; restore static/fonts/ from git", e);
        }
    }

    private static InputStream open(String resource, Path file) throws IOException {
        InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource);
        if (in != null) {
            return in;
        }
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        throw new RenderException("font not found: neither the classpath resource " + resource + " nor the file "
                + file + " exists; run from the project folder, set -D" + PROJECT_DIR_PROPERTY
                + "=<project folder>, or use cinechrome.jar, which carries static/fonts/");
    }

    private static Path projectDir() {
        String configured = System.getProperty(PROJECT_DIR_PROPERTY, "");
        return Path.of(configured.isBlank() ? "" : configured).toAbsolutePath();
    }
}
