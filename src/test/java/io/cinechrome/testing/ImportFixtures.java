package io.cinechrome.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the files {@code cinechrome import} reads, made from the tools' descriptions: the movies-palettes
 * notebook's {@code movies.db} (current and older layout, with every quirk), its older
 * {@code movies_palettes.json}, colour-fingerprint CSVs, and bad inputs.
 *
 * <p>Expected outcome of importing {@link #all} with 60 stripes: 9 films imported (Heat, Ida, Amélie, Stalker,
 * Solaris, Collateral, In the Mood for Love, The Matrix, Blade Runner), 3 films without a palette reported (Missing
 * Film, Two Files, Chungking Express), 7 failures (the film Broken Colours and the files empty.csv, notes.txt,
 * other.db, broken.csv, random.json, blank.csv).
 */
public final class ImportFixtures {

    /** Heat's active palette (not its latest). */
    public static final List<String> HEAT = List.of("#0f1a45", "#1d7a78", "#101010", "#c8a37a");
    /** Ida's latest inactive palette (greys, black and white stored as a one-byte blob). */
    public static final List<String> IDA = List.of("#141414", "#555555", "#9a9a9a", "#e6e6e6");
    /** Amélie's latest of several inactive palettes. */
    public static final List<String> AMELIE = List.of("#a3152a", "#1f4d2b", "#f0a030", "#f5edd6");
    /** Collateral's latest palette in the JSON file. */
    public static final List<String> COLLATERAL = List.of("#0f3b3c", "#f0a030", "#1b1b1b");
    /** The Matrix's fingerprint: rows of these colours, green for 3/4 of the film, then black. */
    public static final String MATRIX_GREEN = "#0b8b12";
    public static final String MATRIX_BLACK = "#050505";
    public static final int MATRIX_ROWS = 600;
    public static final int BLADE_RUNNER_ROWS = 30;

    private ImportFixtures() {
    }

    /** Every fixture, good and bad, in {@code dir}; returns the files in import order. */
    public static List<Path> all(Path dir) throws IOException, SQLException {
        List<Path> files = new ArrayList<>();
        files.add(notebookDatabase(dir.resolve("notebook").resolve("movies.db")));
        files.add(olderNotebookDatabase(dir.resolve("old-notebook").resolve("movies.db")));
        files.add(notebookJson(dir.resolve("movies_palettes.json")));
        files.addAll(fingerprints(dir.resolve("fingerprints")));
        files.addAll(badInputs(dir.resolve("bad")));
        return files;
    }

    /** The current notebook layout with every quirk. */
    public static Path notebookDatabase(Path file) throws IOException, SQLException {
        Files.createDirectories(file.getParent());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(db, "CREATE TABLE movies (id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, type VARCHAR,"
                    + " status VARCHAR, path VARCHAR UNIQUE, director VARCHAR, year VARCHAR, length INT, frames INT,"
                    + " added DATETIME)");
            exec(db, "CREATE TABLE palettes (id VARCHAR, movie_id INT, active BOOLEAN, calculation_date DATETIME,"
                    + " calculation_duration_seconds REAL, is_black_and_white BOOLEAN, colors TEXT, clusters_nb INT,"
                    + " frame_skip INT, resize_width INT, resize_height INT, batch_size INT,"
                    + " clustering_method VARCHAR, color_space VARCHAR, saturation_factor VARCHAR,"
                    + " saturation_threshold INT, runtime VARCHAR)");
            movie(db, 1, "Heat", "Movie file found", "Michael Mann", "1995", 10236);
            movie(db, 2, "Ida", "Movie file found", "Paweł Pawlikowski", null, 4920);
            movie(db, 3, "Amélie", "Movie file found", "Jean-Pierre Jeunet", "2001", 7320);
            movie(db, 4, "Missing Film", "No movie file found", null, "1990", null);
            movie(db, 5, "Two Files", "More than 1 video file found: a.mkv, b.mkv", null, "1991", null);
            movie(db, 6, "Broken Colours", "Movie file found", null, "1992", 100);
            // Heat: the active palette (0/1 integers) wins over a later inactive one.
            palette(db, "heat-a", 1, 1, "2023-01-01 10:00:00", 0, HEAT);
            palette(db, "heat-b", 1, 0, "2024-06-01 10:00:00", 0, List.of("#ff0000", "#00ff00"));
            // Ida: booleans as one-byte blobs, NULL year, several inactive palettes: the latest wins.
            palette(db, "ida-a", 2, new byte[] {0}, "2022-05-01 09:00:00", new byte[] {1},
                    List.of("#000000", "#ffffff"));
            palette(db, "ida-b", 2, new byte[] {0}, "2023-05-01 09:00:00", new byte[] {1}, IDA);
            // Amélie: three inactive palettes, out of date order in the table.
            palette(db, "amelie-a", 3, 0, "2021-03-03 08:00:00", 0, List.of("#111111"));
            palette(db, "amelie-c", 3, 0, "2024-03-03 08:00:00", 0, AMELIE);
            palette(db, "amelie-b", 3, 0, "2023-03-03 08:00:00", 0, List.of("#222222"));
            // Broken Colours: a channel out of range.
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO palettes (id, movie_id, active, calculation_date, colors) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, "broken");
                p.setInt(2, 6);
                p.setInt(3, 1);
                p.setString(4, "2024-01-01 00:00:00");
                p.setString(5, "[[300, 0, 0], [1, 2]]");
                p.executeUpdate();
            }
        }
        return file;
    }

    /** An older layout: no active, is_black_and_white, director or length columns. */
    public static Path olderNotebookDatabase(Path file) throws IOException, SQLException {
        Files.createDirectories(file.getParent());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(db, "CREATE TABLE movies (id INTEGER, title VARCHAR NOT NULL, type VARCHAR, status VARCHAR,"
                    + " path VARCHAR UNIQUE, year VARCHAR)");
            exec(db, "CREATE TABLE palettes (id VARCHAR, movie_id INT, calculation_date DATETIME, colors TEXT)");
            exec(db, "INSERT INTO movies VALUES (1, 'Stalker', 'movie', 'Movie file found', '/m/stalker.mkv', '1979')");
            exec(db, "INSERT INTO movies VALUES (2, 'Solaris', 'movie', 'Movie file found', '/m/solaris.mkv', NULL)");
            exec(db, "INSERT INTO palettes VALUES ('s1', 1, '2020-01-01 00:00:00', '[[92, 84, 40], [30, 30, 25]]')");
            exec(db, "INSERT INTO palettes VALUES ('o1', 2, '2020-01-01 00:00:00', '[[20, 60, 90], [200, 200, 190]]')");
        }
        return file;
    }

    /** The notebook's older JSON file. */
    public static Path notebookJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String json = """
                {"last_updated": "2021-02-03 04:05:06", "movies": [
                  {"title": "Collateral", "status": "Movie file found", "director": "Michael Mann", "year": "2004",
                   "path": "/m/collateral.mkv", "frames": 172800, "length": 7200,
                   "palettes": [
                     {"id": "c1", "calculation_date": "2020-01-01 00:00:00", "calculation_duration_seconds": 300.5,
                      "runtime": "cuda", "clustering_method": "kmeans", "is_black_and_white": false,
                      "clusters_nb": 2, "frame_skip": 10, "resize": {"width": 160, "height": 90},
                      "batch_size": 64, "colors": [[1, 2, 3], [4, 5, 6]]},
                     {"id": "c2", "calculation_date": "2021-01-01 00:00:00", "is_black_and_white": 0,
                      "colors": %s}]},
                  {"title": "In the Mood for Love", "status": "Movie file found", "director": "Wong Kar-wai",
                   "year": 2000, "length": 5880,
                   "palettes": [{"id": "m1", "calculation_date": "2021-01-01 00:00:00",
                      "colors": [[140, 20, 30], [30, 40, 20]]}]},
                  {"title": "Chungking Express", "status": "No movie file found", "director": "Wong Kar-wai",
                   "year": "1994", "palettes": []}
                ]}
                """.formatted(rgbLists(COLLATERAL));
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** Two fingerprint CSVs: The Matrix (600 rows, a header) and Blade Runner (30 rows of two colours). */
    public static List<Path> fingerprints(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder matrix = new StringBuilder("colour\n");
        for (int i = 0; i < MATRIX_ROWS; i++) {
            matrix.append(i < MATRIX_ROWS * 3 / 4 ? MATRIX_GREEN : MATRIX_BLACK).append('\n');
        }
        Path matrixFile = Files.writeString(dir.resolve("The Matrix (1999, Lana Wachowski).csv"), matrix);
        StringBuilder blade = new StringBuilder();
        for (int i = 0; i < BLADE_RUNNER_ROWS; i++) {
            blade.append(i % 2 == 0 ? "#1a2a6c" : "#b21f1f").append(",#fdbb2d\r\n");
        }
        Path bladeFile = Files.writeString(dir.resolve("Blade Runner (1982).csv"), blade);
        return List.of(matrixFile, bladeFile);
    }

    /** Files that must be reported: empty, not one of the three, a foreign database, broken colours, blank. */
    public static List<Path> badInputs(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Films to watch:\nHeat\nIda\n");
        Path other = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            exec(db, "CREATE TABLE users (id INTEGER, name TEXT)");
            exec(db, "CREATE TABLE movies (id INTEGER, title TEXT)");
        }
        Path broken = Files.writeString(dir.resolve("broken.csv"), "#102030\n#102030\n#12zz45\n#102030\n");
        Path json = Files.writeString(dir.resolve("random.json"), "{\"foo\": [1, 2, 3]}\n");
        Path blank = Files.writeString(dir.resolve("blank.csv"), "\n  \n");
        return List.of(empty, notes, other, broken, json, blank);
    }

    private static void movie(Connection db, int id, String title, String status, String director, String year,
            Integer length) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO movies (id, title, type, status, path, director,"
                + " year, length, frames, added) VALUES (?, ?, 'movie', ?, ?, ?, ?, ?, NULL, '2024-01-01 00:00:00')")) {
            p.setInt(1, id);
            p.setString(2, title);
            p.setString(3, status);
            p.setString(4, "/films/" + id + ".mkv");
            p.setString(5, director);
            p.setString(6, year);
            p.setObject(7, length);
            p.executeUpdate();
        }
    }

    private static void palette(Connection db, String id, int movie, Object active, String date, Object blackAndWhite,
            List<String> colours) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO palettes (id, movie_id, active, calculation_date,"
                + " calculation_duration_seconds, is_black_and_white, colors, clusters_nb, frame_skip, resize_width,"
                + " resize_height, batch_size, clustering_method, color_space, saturation_factor,"
                + " saturation_threshold, runtime) VALUES (?, ?, ?, ?, 300.0, ?, ?, ?, 10, 160, 90, 64, 'kmeans',"
                + " 'rgb', '1.0', 0, 'cuda')")) {
            p.setString(1, id);
            p.setInt(2, movie);
            p.setObject(3, active);
            p.setString(4, date);
            p.setObject(5, blackAndWhite);
            p.setString(6, rgbLists(colours));
            p.setInt(7, colours.size());
            p.executeUpdate();
        }
    }

    /** {@code [[r, g, b], ...]} of hex colours. */
    private static String rgbLists(List<String> colours) {
        List<String> lists = new ArrayList<>();
        for (String hex : colours) {
            int v = Integer.parseInt(hex.substring(1), 16);
            lists.add(String.format(Locale.ROOT, "[%d, %d, %d]", v >> 16 & 255, v >> 8 & 255, v & 255));
        }
        return "[" + String.join(", ", lists) + "]";
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
