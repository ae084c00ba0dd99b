package io.cinechrome.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.analysis.decode.VideoColour;
import io.cinechrome.colour.Rgb;
import io.cinechrome.library.FilmKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Jackson adapter: writes and reads catalogue entries as pretty-printed JSON with a fixed key order,
 * '\n' line ends and plain decimals, so the same entry always gives the same bytes.
 */
public final class CatalogJson {

    /** Marks files written by Cinechrome, so foreign JSON in the catalogue folder is never mistaken for ours. */
    public static final String GENERATOR = "cinechrome";
    private static final int DURATION_DECIMALS = 3;
    private static final int SHARE_DECIMALS = 4;
    /** Entries written before the analyzer version was recorded were made by the first method. */
    private static final int FIRST_ANALYZER = 1;
    private static final String STRIPES = "stripes";
    /** Room for this many stripes at first (the default analysis), doubled as needed. */
    private static final int DEFAULT_STRIPES_CAPACITY = AnalysisSettings.DEFAULT_STRIPES;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private CatalogJson() {
    }

    /** The entry as JSON text, ending with a newline. */
    public static String write(CatalogEntry entry) {
        try {
            return WRITER.writeValueAsString(toTree(entry)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write catalogue entry " + entry.slug(), e);
        }
    }

    /** The entry as a JSON tree, e.g. for the site's public data file. */
    public static ObjectNode toTree(CatalogEntry entry) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", CatalogEntry.SCHEMA_VERSION);
        root.put("generator", GENERATOR);
        root.put("slug", entry.slug());
        root.put("title", entry.title());
        entry.year().ifPresent(year -> root.put("year", year));
        entry.director().ifPresent(director -> root.put("director", director));
        root.put("durationSeconds", decimal(entry.durationSeconds(), DURATION_DECIMALS));
        root.put("blackAndWhite", entry.blackAndWhite());
        ArrayNode palette = root.putArray("palette");
        for (Swatch swatch : entry.palette()) {
            ObjectNode node = palette.addObject();
            node.put("hex", swatch.colour().hex());
            if (entry.sharesKnown()) {
                node.put("share", decimal(swatch.share(), SHARE_DECIMALS));
            }
        }
        ArrayNode stripes = root.putArray("stripes");
        entry.stripes().forEach(colour -> stripes.add(colour.hex()));
        entry.settings().ifPresent(settings -> putSettings(root.putObject("settings"), settings));
        if (entry.parts().size() == 1) {
            putSource(root.putObject("source"), entry.parts().get(0));
        } else if (entry.parts().size() > 1) {
            ArrayNode parts = root.putArray("source");
            entry.parts().forEach(part -> putSource(parts.addObject(), part));
        }
        ArrayNode collection = root.putArray("collection");
        entry.collection().forEach(collection::add);
        root.put("kind", entry.kind().id());
        entry.colour().ifPresent(colour -> {
            ObjectNode node = root.putObject("colour");
            node.put("matrix", colour.matrix().id());
            node.put("range", colour.range().id());
            node.put("primaries", colour.primaries().id());
            node.put("transfer", colour.transfer().id());
            node.put("tagged", colour.tagged());
            node.put("toneMapped", colour.toneMapped());
        });
        ArrayNode acts = root.putArray("acts");
        for (Act act : entry.acts()) {
            ObjectNode node = acts.addObject();
            node.put("fromSeconds", decimal(act.fromSeconds(), DURATION_DECIMALS));
            node.put("toSeconds", decimal(act.toSeconds(), DURATION_DECIMALS));
            ArrayNode colours = node.putArray("palette");
            for (Swatch swatch : act.palette()) {
                ObjectNode colour = colours.addObject();
                colour.put("hex", swatch.colour().hex());
                colour.put("share", decimal(swatch.share(), SHARE_DECIMALS));
            }
        }
        entry.origin().ifPresent(origin -> putOrigin(root.putObject("origin"), origin));
        if (!entry.sharesKnown()) {
            root.put("sharesKnown", false);
        }
        return root;
    }

    private static void putSettings(ObjectNode node, AnalysisSettings settings) {
        node.put("paletteSize", settings.paletteSize());
        node.put("greyLevels", settings.greyLevels());
        node.put("stripes", settings.stripes());
        node.put("sampling", settings.sampling().id());
        node.put("analyzer", settings.analyzer());
        node.put("acts", settings.acts());
    }

    private static void putSource(ObjectNode node, Source source) {
        node.put("path", source.path());
        node.put("sizeBytes", source.sizeBytes());
        node.put("modified", source.modified());
        node.put("contentHash", source.contentHash());
    }

    private static void putOrigin(ObjectNode node, Origin origin) {
        node.put("tool", origin.tool());
        node.put("file", origin.file());
        origin.palette().ifPresent(palette -> node.put("palette", palette));
    }

    /**
     * Reads an entry.
     *
     * @throws CatalogFormatException when the text is not JSON, not ours, of another schema version, or invalid
     */
    public static CatalogEntry read(String json) throws CatalogFormatException {
        ObjectNode root = MAPPER.createObjectNode();
        Stripes stripes = Stripes.NONE;
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notOurs();
            }
            // Field by field: the stripes (most of an entry) straight into packed colours, the rest as a tree.
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (STRIPES.equals(field)) {
                    stripes = value == JsonToken.START_ARRAY ? Stripes.read(parser)
                            : Stripes.invalid("\"stripes\" must be an array of \"#rrggbb\" strings");
                    parser.skipChildren();
                } else {
                    root.set(field, MAPPER.readTree(parser));
                }
            }
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException("not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new CatalogFormatException("not valid JSON (" + e.getMessage() + ")", e);
        }
        if (!GENERATOR.equals(root.path("generator").asText())) {
            throw notOurs();
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version > CatalogEntry.SCHEMA_VERSION) {
            throw CatalogFormatException.newerSchema(version);
        }
        if (version != CatalogEntry.SCHEMA_VERSION) {
            throw new CatalogFormatException("schemaVersion " + version + " is not the supported "
                    + CatalogEntry.SCHEMA_VERSION + "; re-run analyze with --force to rebuild it", null);
        }
        try {
            return fromTree(root, stripes.colours());
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException("invalid entry (" + e.getMessage() + ")", e);
        }
    }

    private static CatalogFormatException notOurs() {
        return new CatalogFormatException("not a Cinechrome catalogue entry (no \"generator\": \"cinechrome\")", null);
    }

    /**
     * An entry's stripes as read, or what was wrong with them: told only after the entry is known to be ours
     * and of this schema, as for every other field.
     */
    private record Stripes(List<Rgb> packed, Optional<String> problem) {

        static final Stripes NONE = new Stripes(List.of(), Optional.empty());

        static Stripes invalid(String problem) {
            return new Stripes(List.of(), Optional.of(problem));
        }

        /** The colours, or the problem as the exception that makes the entry invalid. */
        List<Rgb> colours() {
            problem.ifPresent(text -> {
                throw new IllegalArgumentException(text);
            });
            return packed;
        }

        /**
         * The array the parser stands at the start of, each colour read from the parser's characters into a
         * packed value: no string, node or colour object for each of a catalogue's million stripes.
         */
        static Stripes read(JsonParser parser) throws IOException {
            int[] values = new int[DEFAULT_STRIPES_CAPACITY];
            int count = 0;
            Optional<String> problem = Optional.empty();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    String wrong = "a stripe must be a \"#rrggbb\" string, not " + token;
                    problem = problem.or(() -> Optional.of(wrong));
                    parser.skipChildren();
                    continue;
                }
                try {
                    int value = Rgb.packedOf(CharBuffer.wrap(parser.getTextCharacters(), parser.getTextOffset(),
                            parser.getTextLength()));
                    if (count == values.length) {
                        values = Arrays.copyOf(values, count * 2);
                    }
                    values[count++] = value;
                } catch (IllegalArgumentException e) {
                    problem = problem.or(() -> Optional.of(e.getMessage()));
                }
            }
            return new Stripes(PackedColours.of(Arrays.copyOf(values, count)), problem);
        }
    }

    private static CatalogEntry fromTree(JsonNode root, List<Rgb> stripes) {
        boolean sharesKnown = root.path("sharesKnown").asBoolean(true);
        List<Swatch> palette = new ArrayList<>();
        int colours = root.withArrayProperty("palette").size();
        for (JsonNode node : root.withArrayProperty("palette")) {
            palette.add(new Swatch(Rgb.parse(text(node, "hex")),
                    sharesKnown ? number(node, "share") : 1.0 / colours));
        }
        List<Source> parts = new ArrayList<>();
        for (JsonNode node : optional(root, "source").map(n -> n.isArray() ? n : List.of(n)).orElse(List.of())) {
            parts.add(source(node));
        }
        List<String> collection = new ArrayList<>();
        root.path("collection").forEach(node -> collection.add(node.asText()));
        return new CatalogEntry(
                text(root, "slug"),
                text(root, "title"),
                root.hasNonNull("year") ? OptionalInt.of(root.get("year").asInt()) : OptionalInt.empty(),
                root.hasNonNull("director") ? Optional.of(root.get("director").asText()) : Optional.empty(),
                number(root, "durationSeconds"),
                required(root, "blackAndWhite").asBoolean(),
                palette,
                stripes,
                optional(root, "settings").map(CatalogJson::settings),
                parts.stream().findFirst(),
                root.hasNonNull("colour") ? Optional.of(colour(root.get("colour"))) : Optional.empty(),
                collection,
                FilmKind.parse(root.path("kind").asText(FilmKind.FILM.id())),
                parts,
                acts(root),
                optional(root, "origin").map(CatalogJson::origin),
                sharesKnown);
    }

    private static AnalysisSettings settings(JsonNode settings) {
        return new AnalysisSettings((int) number(settings, "paletteSize"), (int) number(settings, "greyLevels"),
                (int) number(settings, "stripes"), Sampling.parse(text(settings, "sampling")),
                settings.path("analyzer").asInt(FIRST_ANALYZER),
                settings.path("acts").asInt(AnalysisSettings.DEFAULT_ACTS));
    }

    private static Source source(JsonNode source) {
        return new Source(text(source, "path"), (long) number(source, "sizeBytes"), text(source, "modified"),
                text(source, "contentHash"));
    }

    private static Origin origin(JsonNode origin) {
        return new Origin(text(origin, "tool"), text(origin, "file"),
                origin.hasNonNull("palette") ? Optional.of(origin.get("palette").asText()) : Optional.empty());
    }

    private static Optional<JsonNode> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private static VideoColour colour(JsonNode node) {
        return new VideoColour(named(VideoColour.Matrix.values(), text(node, "matrix"), VideoColour.Matrix::id),
                named(VideoColour.Range.values(), text(node, "range"), VideoColour.Range::id),
                named(VideoColour.Primaries.values(), text(node, "primaries"), VideoColour.Primaries::id),
                named(VideoColour.Transfer.values(), text(node, "transfer"), VideoColour.Transfer::id),
                required(node, "tagged").asBoolean());
    }

    private static <T> T named(T[] values, String id, java.util.function.Function<T, String> name) {
        for (T value : values) {
            if (name.apply(value).equals(id)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown colour value \"" + id + "\"");
    }

    /** The act palettes; an entry written before acts existed has none. */
    private static List<Act> acts(JsonNode root) {
        List<Act> acts = new ArrayList<>();
        for (JsonNode node : root.path("acts")) {
            List<Swatch> palette = new ArrayList<>();
            for (JsonNode colour : node.path("palette")) {
                palette.add(new Swatch(Rgb.parse(text(colour, "hex")), number(colour, "share")));
            }
            acts.add(new Act(number(node, "fromSeconds"), number(node, "toSeconds"), palette));
        }
        return acts;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number");
        }
        return value.asDouble();
    }

    private static BigDecimal decimal(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
