package io.cinechrome.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinechrome.colour.Rgb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Jackson adapter of the importer: reads the notebook's older {@code movies_palettes.json}
 * ({@code {"last_updated", "movies": [{"title", ..., "palettes": [{"id", "calculation_date", "colors"}]}]}}) and
 * the {@code colors} JSON of its palettes ({@code [[r, g, b], ...]}).
 */
final class NotebookJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final int CHANNELS = 3;
    private static final int MAX_CHANNEL = 255;
    /** Broken values are quoted in messages up to this many characters. */
    private static final int QUOTE_LENGTH = 40;

    private NotebookJson() {
    }

    /** Every film of the file with its palettes, in file order. */
    static List<NotebookFilm> read(Path file) throws ImportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file).replace(BYTE_ORDER_MARK, ""));
        } catch (JsonProcessingException e) {
            throw new ImportException(file + " is not valid JSON (" + e.getOriginalMessage() + "); pass the"
                    + " notebook's movies_palettes.json as it wrote it", e);
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !root.path("movies").isArray()) {
            throw new ImportException(file + " is JSON but not the notebook's movies_palettes.json (no \"movies\""
                    + " list); pass movies_palettes.json, movies.db or colour-fingerprint CSVs");
        }
        List<NotebookFilm> films = new ArrayList<>();
        for (JsonNode movie : root.get("movies")) {
            Optional<String> title = text(movie, "title");
            if (title.isPresent()) {
                films.add(new NotebookFilm(title.get(), NotebookValues.year(text(movie, "year")),
                        text(movie, "director"), movie.path("length").asDouble(0), text(movie, "status").orElse(""),
                        palettes(movie.path("palettes"))));
            }
        }
        return films;
    }

    /**
     * Parses a palette's {@code colors}: a JSON list of {@code [r, g, b]} (0-255), most frequent first.
     *
     * @throws ImportException naming the first broken colour
     */
    static List<Rgb> colours(String json) throws ImportException {
        JsonNode list;
        try {
            list = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ImportException("its colors are not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ImportException("its colors are not a list of [r, g, b] colours: " + shorten(json));
        }
        List<Rgb> colours = new ArrayList<>();
        for (JsonNode colour : list) {
            colours.add(colour(colour));
        }
        return colours;
    }

    private static Rgb colour(JsonNode colour) throws ImportException {
        if (!colour.isArray() || colour.size() != CHANNELS) {
            throw new ImportException("colour " + shorten(colour.toString()) + " is not [r, g, b]");
        }
        int[] channels = new int[CHANNELS];
        for (int i = 0; i < CHANNELS; i++) {
            JsonNode channel = colour.get(i);
            if (!channel.isNumber() || channel.asDouble() < 0 || channel.asDouble() > MAX_CHANNEL
                    || channel.asDouble() != Math.rint(channel.asDouble())) {
                throw new ImportException("colour " + shorten(colour.toString()) + " is not [r, g, b] of whole"
                        + " numbers 0-255");
            }
            channels[i] = channel.asInt();
        }
        return new Rgb(channels[0], channels[1], channels[2]);
    }

    private static List<NotebookPalette> palettes(JsonNode palettes) {
        List<NotebookPalette> list = new ArrayList<>();
        for (JsonNode palette : palettes) {
            JsonNode colours = palette.path("colors");
            list.add(new NotebookPalette(text(palette, "id"), NotebookValues.bool(value(palette.get("active"))),
                    text(palette, "calculation_date").orElse(""),
                    NotebookValues.bool(value(palette.get("is_black_and_white"))),
                    colours.isTextual() ? colours.asText() : colours.toString()));
        }
        return list;
    }

    /** A JSON scalar as the plain value {@link NotebookValues#bool} reads. */
    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return Boolean.FALSE;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNumber() ? (Object) node.numberValue() : node.asText();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip()).filter(t -> !t.isEmpty());
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "...";
    }
}
