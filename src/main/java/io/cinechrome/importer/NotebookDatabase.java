package io.cinechrome.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite adapter: reads the movies-palettes notebook's {@code movies.db} (tables {@code movies} and
 * {@code palettes}) read-only. Older files lack some columns; booleans may be 0/1, a one-byte blob or text.
 */
final class NotebookDatabase {

    /** The first bytes of every SQLite 3 database file. */
    static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String MOVIES = "movies";
    private static final String PALETTES = "palettes";
    private static final List<String> MOVIE_COLUMNS = List.of("id", "title", "status", "director", "year", "length");
    private static final List<String> PALETTE_COLUMNS = List.of("id", "active", "calculation_date",
            "is_black_and_white", "colors");

    private NotebookDatabase() {
    }

    /** Every film of the database with its palettes, in the order of their ids. */
    static List<NotebookFilm> read(Path file) throws ImportException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            Set<String> tables = names(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
            if (!tables.contains(MOVIES) || !tables.contains(PALETTES)) {
                throw new ImportException(file + " is a SQLite database but not the movies-palettes notebook's (its"
                        + " tables are " + tables + ", not movies and palettes); pass the notebook's movies.db");
            }
            Set<String> movieColumns = columns(db, MOVIES);
            Set<String> paletteColumns = columns(db, PALETTES);
            require(file, MOVIES, movieColumns, List.of("id", "title"));
            require(file, PALETTES, paletteColumns, List.of("movie_id", "colors"));
            return films(db, movieColumns, paletteColumns);
        } catch (SQLException e) {
            throw new ImportException(file + " cannot be read as the notebook's database (" + e.getMessage()
                    + "); check that it is a complete copy of movies.db", e);
        }
    }

    private static List<NotebookFilm> films(Connection db, Set<String> movieColumns, Set<String> paletteColumns)
            throws SQLException {
        List<NotebookFilm> films = new ArrayList<>();
        String palettes = "SELECT " + select(PALETTE_COLUMNS, paletteColumns)
                + " FROM palettes WHERE movie_id = ? ORDER BY rowid";
        try (Statement movies = db.createStatement();
             ResultSet row = movies.executeQuery("SELECT " + select(MOVIE_COLUMNS, movieColumns)
                     + " FROM movies ORDER BY id, rowid");
             PreparedStatement ofMovie = db.prepareStatement(palettes)) {
            while (row.next()) {
                Optional<String> title = text(row, "title");
                if (title.isEmpty()) {
                    continue;
                }
                ofMovie.setObject(1, row.getObject("id"));
                films.add(new NotebookFilm(title.get(), NotebookValues.year(text(row, "year")),
                        text(row, "director"), number(row, "length"), text(row, "status").orElse(""),
                        palettes(ofMovie)));
            }
        }
        return films;
    }

    private static List<NotebookPalette> palettes(PreparedStatement ofMovie) throws SQLException {
        List<NotebookPalette> palettes = new ArrayList<>();
        try (ResultSet row = ofMovie.executeQuery()) {
            while (row.next()) {
                palettes.add(new NotebookPalette(text(row, "id"), NotebookValues.bool(row.getObject("active")),
                        text(row, "calculation_date").orElse(""),
                        NotebookValues.bool(row.getObject("is_black_and_white")), text(row, "colors").orElse("")));
            }
        }
        return palettes;
    }

    /** The wanted columns; a column the file lacks is selected as NULL under its name. */
    private static String select(List<String> wanted, Set<String> present) {
        List<String> parts = new ArrayList<>();
        for (String column : wanted) {
            parts.add(present.contains(column) ? "\"" + column + "\"" : "NULL AS \"" + column + "\"");
        }
        return String.join(", ", parts);
    }

    private static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column)).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static double number(ResultSet row, String column) throws SQLException {
        return row.getObject(column) == null ? 0 : row.getDouble(column);
    }

    private static void require(Path file, String table, Set<String> columns, List<String> needed)
            throws ImportException {
        for (String column : needed) {
            if (!columns.contains(column)) {
                throw new ImportException(file + ": the notebook's table " + table + " has no column " + column
                        + " (it has " + columns + "); pass a movies.db written by the notebook");
            }
        }
    }

    private static Set<String> columns(Connection db, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (row.next()) {
                columns.add(row.getString("name").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static Set<String> names(Connection db, String query) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(query)) {
            while (row.next()) {
                names.add(row.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
