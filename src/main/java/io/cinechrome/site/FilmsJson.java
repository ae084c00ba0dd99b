package io.cinechrome.site;

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
import io.cinechrome.colour.WeightedLab;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code data/films.json}: every film's palette and stripes, a small public API for other tools. Keys come in a
 * fixed order; {@code <}, {@code >} and {@code &} are escaped so the JSON can also be pasted into HTML.
 *
 * <pre>{"schema":1,"site":{"title":..,"url":..},"films":[{"slug","title","year","director","duration",
 * "durationSeconds","blackAndWhite","palette":[{"hex","share"}],"stripes":["#rrggbb",..],"path","url",
 * "acts":[{"fromSeconds","toSeconds","palette":[{"hex","share"}]}]}]}</pre>
 * {@code year} and {@code director} are null when unknown; {@code path} is the film page relative to the site
 * root, {@code url} its absolute address (null without a site URL).
 */
final class FilmsJson {

    /** Where the file goes, relative to the site root. */
    static final String PATH = "data/films.json";
    /** Version of this file's layout. */
    static final int SCHEMA = 1;
    /** The colour search's data, relative to the site root. */
    static final String COLOUR_DATA = "data/colours.js";
    private static final int SHARE_DECIMALS = 4;
    private static final int SECONDS_DECIMALS = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FilmsJson() {
    }

    /** The file for these films, in title order. */
    static SiteFile of(SiteSettings settings, List<CatalogEntry> byTitle) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("schema", SCHEMA);
        ObjectNode site = root.putObject("site");
        site.put("title", settings.title());
        putOrNull(site, "url", settings.hasSiteUrl() ? settings.siteUrl() : "");
        ArrayNode films = root.putArray("films");
        for (CatalogEntry film : byTitle) {
            films.add(film(settings, film, nodes));
        }
        return SiteFile.text(PATH, write(root) + "\n");
    }

    /**
     * {@code films/<slug>/palette.json}: the palette for design tools,
     * <pre>{"title","year","director","slug","colours":[{"hex","name","share","rgb":[r,g,b],"oklab":[l,a,b]}]}</pre>
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
        return write(json) + "\n";
    }

    /**
     * {@code data/colours.js}, the data of the index's colour search: the colour names, and for every film (by
     * slug) its palette as a flat list of {@code hex, name index, L, a, b, share} per colour, in OKLab, computed
     * here so the page only scores. A script rather than JSON so it also loads from {@code file:} addresses.
     * <pre>window.CinechromeColours = {"schema":1,"radius":0.08,"names":["black",..],
     *     "films":{"heat-1995":["0f1a45",15,0.2377,-0.0017,-0.0817,0.34,..]}};</pre>
     */
    static SiteFile colourData(List<CatalogEntry> byTitle, List<PaletteProfile> profiles) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("schema", SCHEMA);
        root.put("radius", ColourSearch.RADIUS);
        ArrayNode names = root.putArray("names");
        ColourNames.names().forEach(names::add);
        ObjectNode films = root.putObject("films");
        for (int i = 0; i < byTitle.size(); i++) {
            ArrayNode values = films.putArray(byTitle.get(i).slug());
            List<Swatch> palette = byTitle.get(i).palette();
            List<WeightedLab> colours = profiles.get(i).colours();
            for (int k = 0; k < palette.size(); k++) {
                Rgb rgb = palette.get(k).colour();
                WeightedLab colour = colours.get(k);
                values.add(rgb.hex().substring(1)).add(ColourNames.index(rgb))
                        .add(rounded(colour.lab().l(), ColourSearch.DATA_DECIMALS))
                        .add(rounded(colour.lab().a(), ColourSearch.DATA_DECIMALS))
                        .add(rounded(colour.lab().b(), ColourSearch.DATA_DECIMALS))
                        .add(rounded(colour.weight(), ColourSearch.DATA_DECIMALS));
            }
        }
        List<String> unknown = byTitle.stream().filter(film -> !film.sharesKnown()).map(CatalogEntry::slug).toList();
        if (!unknown.isEmpty()) {
            unknown.forEach(root.putArray("sharesUnknown")::add);
        }
        String json;
        try {
            json = MAPPER.writer().with(new HtmlSafeEscapes()).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + COLOUR_DATA + ": " + e.getMessage(), e);
        }
        return SiteFile.text(COLOUR_DATA, "/* Generated by Cinechrome: palettes in OKLab for the colour search. */\n"
                + "window.CinechromeColours = " + json + ";\n");
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
        ArrayNode stripes = json.putArray("stripes");
        film.stripes().stream().map(Rgb::hex).forEach(stripes::add);
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
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
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
