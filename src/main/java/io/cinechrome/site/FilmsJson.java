package io.cinechrome.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cinechrome.catalog.Act;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.site.browse.ColourFamily;
import io.cinechrome.site.browse.ColourNames;
import io.cinechrome.site.browse.ColourSearch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code data/films.json}: every film's palette, a small public API for other tools, written compactly (one
 * line) so it stays small for large galleries. Keys come in a fixed order; {@code <}, {@code >} and {@code &}
 * are escaped so the JSON can also be pasted into HTML.
 *
 * <pre>{"schema":2,"site":{"title":..,"url":..},"films":[{"slug","title","year","director","duration",
 * "durationSeconds","blackAndWhite","palette":[{"hex","share"}],"path","url",
 * "acts":[{"fromSeconds","toSeconds","palette":[{"hex","share"}]}]}]}</pre>
 * {@code year} and {@code director} are null when unknown; {@code path} is the film page relative to the site
 * root, {@code url} its absolute address (null without a site URL). A film's stripes are in its
 * {@code films/<slug>/palette.json} (schema 1 had them here).
 */
final class FilmsJson {

    /** Where the file goes, relative to the site root. */
    static final String PATH = "data/films.json";
    /** Version of this file's layout. */
    static final int SCHEMA = 2;
    /** Version of the colour search data's layout. */
    static final int COLOUR_SCHEMA = 2;
    /** A share in the colour data is a whole number of ten-thousandths, in base 36, this many digits. */
    static final int SHARE_DIGITS = 3;
    /** A colour name's index in the colour data, in base 36, this many digits. */
    static final int NAME_DIGITS = 2;
    private static final int SHARE_SCALE = 10_000;
    private static final int BASE36 = 36;
    /** The colour search's data, relative to the site root. */
    static final String COLOUR_DATA = "data/colours.js";
    private static final int SHARE_DECIMALS = 4;
    private static final int SECONDS_DECIMALS = 3;

    /** About what a film takes in {@link #PATH}, to size its buffer once. */
    private static final int BYTES_PER_FILM = 1_700;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FilmsJson() {
    }

    /**
     * The file for these films, in title order. Written film by film as it is made: at 10,000 films it is 16 MB,
     * which as one tree and one string took several copies of itself in memory at once.
     */
    static SiteFile of(SiteSettings settings, List<CatalogEntry> byTitle) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode site = nodes.objectNode();
        site.put("title", settings.title());
        putOrNull(site, "url", settings.hasSiteUrl() ? settings.siteUrl() : "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(byTitle.size() * BYTES_PER_FILM);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(bytes)) {
            json.setCharacterEscapes(new HtmlSafeEscapes());
            json.writeStartObject();
            json.writeNumberField("schema", SCHEMA);
            json.writeFieldName("site");
            MAPPER.writeTree(json, site);
            json.writeArrayFieldStart("films");
            for (CatalogEntry film : byTitle) {
                MAPPER.writeTree(json, film(settings, film, nodes));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + PATH + ": " + e.getMessage(), e);
        }
        bytes.write('\n');
        return new SiteFile(PATH, bytes.toByteArray());
    }

    /**
     * {@code films/<slug>/palette.json}: the palette for design tools,
     * <pre>{"title","year","director","slug","colours":[{"hex","name","share","rgb":[r,g,b],"oklab":[l,a,b]}],
     *     "stripes":["#rrggbb",..]}</pre>
     */
    static String palette(CatalogEntry film) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        putTitleYearDirector(json, film);
        json.put("slug", film.slug());
        ArrayNode colours = json.putArray("colours");
        for (Swatch swatch : film.palette()) {
            Rgb c = swatch.colour();
            OkLab lab = OkLab.of(c);
            ObjectNode colour = colours.addObject();
            colour.put("hex", c.hex());
            colour.put("name", ColourNames.name(c));
            putShare(colour, film, swatch);
            colour.putArray("rgb").add(c.red()).add(c.green()).add(c.blue());
            colour.putArray("oklab").add(rounded(lab.l(), SHARE_DECIMALS)).add(rounded(lab.a(), SHARE_DECIMALS))
                    .add(rounded(lab.b(), SHARE_DECIMALS));
        }
        ArrayNode stripes = json.putArray("stripes");
        film.stripes().stream().map(Rgb::hex).forEach(stripes::add);
        return write(json) + "\n";
    }

    /**
     * {@code data/colours.js}: what the index's script needs to sort, filter and search every film without the
     * pages: the films in title order with their palettes, the other sort orders as lists of positions in it,
     * the directors and the families. A script rather than JSON so it also loads from {@code file:} addresses.
     * The page computes OKLab from the hex codes once and then only scores.
     * <pre>window.CinechromeColours = {"schema":2,"radius":0.08,"pageSize":120,"names":["black",..],
     *     "families":["red",..],"directors":[["michael-mann","Michael Mann"],..],
     *     "orders":{"year":[3,0,..],"director":[..],"hue":[..],"lightness":[..],"colourfulness":[..]},
     *     "films":[["heat-1995","Heat",1995,0,4160,"0f1a450f09g...","mostly navy, teal and black"],..]};</pre>
     * A film is {@code [slug, title, year or 0, director index or -1, family bits, palette, colours in words]},
     * followed by its collection keys (space separated) when the gallery shows collections
     * ({@code "collections":[[slug, label],..]}); {@code "sharesUnknown"} lists the films whose palettes came
     * without shares. Family bit
     * {@code i} is {@code families[i]}; the palette is 11 characters per colour: the hex code, the colour
     * name's index (2 base-36 digits) and the share in ten-thousandths (3 base-36 digits).
     */
    static SiteFile colourData(Gallery gallery) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("schema", COLOUR_SCHEMA);
        root.put("radius", ColourSearch.RADIUS);
        root.put("pageSize", Paging.PAGE_SIZE);
        ArrayNode names = root.putArray("names");
        ColourNames.names().forEach(names::add);
        ArrayNode families = root.putArray("families");
        for (ColourFamily family : ColourFamily.values()) {
            families.add(family.slug());
        }
        ArrayNode directors = root.putArray("directors");
        gallery.directors().forEach(d -> directors.addArray().add(d.slug()).add(d.label()));
        ObjectNode orders = root.putObject("orders");
        for (SortOrder order : SortOrder.values()) {
            if (order != SortOrder.TITLE) {
                ArrayNode positions = orders.putArray(order.key());
                order.films(gallery).forEach(f -> positions.add(gallery.titleRank(f)));
            }
        }
        List<Group> collections = Collections.of(gallery.byTitle());
        if (!collections.isEmpty()) {
            ArrayNode groups = root.putArray("collections");
            collections.forEach(c -> groups.addArray().add(c.slug()).add(c.label()));
        }
        List<String> unknown = gallery.byTitle().stream().filter(film -> !film.sharesKnown())
                .map(CatalogEntry::slug).toList();
        if (!unknown.isEmpty()) {
            unknown.forEach(root.putArray("sharesUnknown")::add);
        }
        ArrayNode films = root.putArray("films");
        List<CatalogEntry> byTitle = gallery.byTitle();
        for (int i = 0; i < byTitle.size(); i++) {
            CatalogEntry film = byTitle.get(i);
            ArrayNode entry = films.addArray().add(film.slug()).add(film.title())
                    .add(film.year().isPresent() ? film.year().getAsInt() : 0)
                    .add(gallery.directorIndex(film))
                    .add(familyBits(gallery.profiles().get(i).families()));
            entry.add(paletteCode(film.palette())).add(FilmViews.colourWords(film));
            if (!collections.isEmpty()) {
                entry.add(Collections.keysOf(film));
            }
        }
        String json;
        try {
            json = MAPPER.writer().with(new HtmlSafeEscapes()).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + COLOUR_DATA + ": " + e.getMessage(), e);
        }
        return SiteFile.text(COLOUR_DATA, "/* Generated by Cinechrome: every film for the index's sorting, filters"
                + " and colour search. */\nwindow.CinechromeColours = " + json + ";\n");
    }

    private static int familyBits(List<ColourFamily> families) {
        int bits = 0;
        for (ColourFamily family : families) {
            bits |= 1 << family.ordinal();
        }
        return bits;
    }

    /** Hex code, name index and share of every colour, 11 characters each. */
    static String paletteCode(List<Swatch> palette) {
        StringBuilder code = new StringBuilder(palette.size() * (6 + NAME_DIGITS + SHARE_DIGITS));
        for (Swatch swatch : palette) {
            code.append(swatch.colour().hex(), 1, 7);
            code.append(base36(ColourNames.index(swatch.colour()), NAME_DIGITS));
            code.append(base36((int) Math.round(swatch.share() * SHARE_SCALE), SHARE_DIGITS));
        }
        return code.toString();
    }

    private static String base36(int value, int digits) {
        String text = Integer.toString(value, BASE36);
        if (text.length() > digits) {
            throw new IllegalArgumentException(value + " does not fit in " + digits + " base-36 digits");
        }
        return "0".repeat(digits - text.length()) + text;
    }

    /** A colour's share of the film, or null when the film's shares are unknown (an imported palette). */
    private static void putShare(ObjectNode colour, CatalogEntry film, Swatch swatch) {
        if (film.sharesKnown()) {
            colour.put("share", rounded(swatch.share(), SHARE_DECIMALS));
        } else {
            colour.putNull("share");
        }
    }

    /** Title, year and director; a missing year or director is written as null. */
    private static void putTitleYearDirector(ObjectNode json, CatalogEntry film) {
        json.put("title", film.title());
        if (film.year().isPresent()) {
            json.put("year", film.year().getAsInt());
        } else {
            json.putNull("year");
        }
        putOrNull(json, "director", film.director().orElse(""));
    }

    private static ObjectNode film(SiteSettings settings, CatalogEntry film, JsonNodeFactory nodes) {
        ObjectNode json = nodes.objectNode();
        json.put("slug", film.slug());
        putTitleYearDirector(json, film);
        json.put("duration", Clock.duration(film.durationSeconds()));
        json.put("durationSeconds", rounded(film.durationSeconds(), SECONDS_DECIMALS));
        json.put("blackAndWhite", film.blackAndWhite());
        ArrayNode palette = json.putArray("palette");
        for (Swatch swatch : film.palette()) {
            ObjectNode colour = palette.addObject();
            colour.put("hex", swatch.colour().hex());
            putShare(colour, film, swatch);
        }
        String page = FilmViews.page(film);
        json.put("path", page);
        putOrNull(json, "url", settings.hasSiteUrl() ? settings.siteUrl() + page : "");
        ArrayNode acts = json.putArray("acts");
        for (Act act : film.acts()) {
            ObjectNode node = acts.addObject();
            node.put("fromSeconds", rounded(act.fromSeconds(), SECONDS_DECIMALS));
            node.put("toSeconds", rounded(act.toSeconds(), SECONDS_DECIMALS));
            ArrayNode colours = node.putArray("palette");
            for (Swatch swatch : act.palette()) {
                ObjectNode colour = colours.addObject();
                colour.put("hex", swatch.colour().hex());
                colour.put("share", rounded(swatch.share(), SHARE_DECIMALS));
            }
        }
        return json;
    }

    private static void putOrNull(ObjectNode json, String key, String value) {
        if (value.isEmpty()) {
            json.putNull(key);
        } else {
            json.put(key, value);
        }
    }

    private static BigDecimal rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String write(ObjectNode root) {
        // Objects one field a line; arrays on the line they open (1,080 stripes take a few lines, not 1,080).
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try {
            return MAPPER.writer(printer).with(new HtmlSafeEscapes()).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + PATH + ": " + e.getMessage(), e);
        }
    }

    /** Escapes {@code < > &} as {@code \\u003c} and so on, on top of JSON's own escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
