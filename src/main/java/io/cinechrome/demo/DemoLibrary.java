package io.cinechrome.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/**
 * The demo library that {@code mvn package} builds a gallery from when no library is configured: short clips
 * with distinct colour stories, named like real films, as folders and as loose files. Regenerating gives the
 * same bytes and the same modification times, so the committed demo catalogue stays valid.
 */
public final class DemoLibrary {

    private static final Instant FIXED_TIME = Instant.parse("2024-01-01T00:00:00Z");

    private static final List<DemoFilm> FILMS = List.of(
            new DemoFilm("The Long Sunset (2021, Mara Ellison)", false, "mp4", ColourStory.of(
                    List.of("#f6d365", "#fda085", "#e05a47", "#6a3093", "#1a1a40"),
                    List.of("#c0846a", "#a0424a", "#5c2a5e", "#2b1055", "#0b0c2a"),
                    List.of("#fff1b8", "#ffb347", "#ff6a3d", "#c2185b", "#f5f5dc"))),
            new DemoFilm("Deep Blue Silence (2018, Kenji Arakawa)", false, "mp4", ColourStory.of(
                    List.of("#4fc3f7", "#0288d1", "#01579b", "#0d2a4a", "#06101f"),
                    List.of("#006064", "#004d61", "#0a2f4f", "#071a33", "#020812"),
                    List.of("#e0f7fa", "#80deea", "#18ffff", "#64ffda", "#b388ff"))),
            new DemoFilm("Forest of Quiet Things (2016, Ingrid Solberg)", false, "matroska", ColourStory.of(
                    List.of("#c5e1a5", "#9ccc65", "#f0e68c", "#7cb342", "#33691e"),
                    List.of("#33691e", "#1b5e20", "#3e2723", "#2e4d2c", "#1b2e1b"),
                    List.of("#fff59d", "#ffe082", "#d7ccc8", "#aed581", "#ffecb3"))),
            new DemoFilm("Neon Nights (2023, Rafael Ortega)", true, "matroska", ColourStory.of(
                    List.of("#0f0c29", "#1a0533", "#0b0b1e", "#120024", "#050510"),
                    List.of("#302b63", "#24243e", "#3a0ca3", "#1b1b3a", "#2a0a2a"),
                    List.of("#ff2e97", "#00f0ff", "#f9f871", "#b026ff", "#ff3864"))),
            new DemoFilm("Paper Moon Over Lisbon (1958, Helena Duarte)", false, "mp4", ColourStory.of(
                    List.of("#d9d9d9", "#a6a6a6", "#5e5e5e", "#2b2b2b", "#8c8c8c"),
                    List.of("#4a4a4a", "#333333", "#1c1c1c", "#0d0d0d", "#3d3d3d"),
                    List.of("#ffffff", "#f2f2f2", "#e6e6e6", "#ffffff", "#f7f7f7"))),
            new DemoFilm("Rouge et Vert (2004, Élise Marchand)", true, "mp4", ColourStory.of(
                    List.of("#e63946", "#a8dadc", "#2a9d8f", "#e76f51", "#9b2226"),
                    List.of("#1d3557", "#264653", "#386641", "#6a994e", "#3d0c11"),
                    List.of("#f1faee", "#f4a261", "#e9c46a", "#f1faee", "#ffb4a2"))),
            new DemoFilm("夏の光 (2012, 佐藤葵)", false, "mp4", ColourStory.of(
                    List.of("#87ceeb", "#b3e5fc", "#fff9c4", "#ffe0b2", "#ffccbc"),
                    List.of("#c8e6c9", "#f0f4c3", "#ffecb3", "#ffcc80", "#ffab91"),
                    List.of("#ffffff", "#fff176", "#ffd54f", "#ff8a65", "#f48fb1"))));

    private DemoLibrary() {
    }

    /** Writes the demo films into {@code folder} (kept when already there) and returns it. */
    public static Path generate(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (DemoFilm film : FILMS) {
            Path file = film.loose() ? folder.resolve(film.name() + "." + film.extension())
                    : folder.resolve(film.name()).resolve(titleOf(film) + "." + film.extension());
            if (Files.isRegularFile(file)) {
                continue;
            }
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".part." + film.extension());
            DemoVideoWriter.write(film, temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(file, FileTime.from(FIXED_TIME));
        }
        return folder;
    }

    /** How many films the demo has. */
    public static int size() {
        return FILMS.size();
    }

    private static String titleOf(DemoFilm film) {
        return film.name().replaceAll("\\s*\\(.*\\)$", "");
    }
}
