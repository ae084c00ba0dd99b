package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import io.cinechrome.files.Deflated;
import io.cinechrome.render.Downloads;
import io.cinechrome.site.browse.ColourNames;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A film's palette as files for design tools, written next to its page ({@code films/<slug>/palette.*}):
 * CSS custom properties, JSON ({@link FilmsJson#palette}), a GIMP/Inkscape palette ({@code .gpl}) and an Adobe
 * Swatch Exchange file ({@code .ase}). Every colour is named "name #rrggbb" so the files read well in a swatch
 * list. Where the browser makes the print files, the four are kept in one deflated file ({@link PaletteBundle})
 * that the page's script unpacks when one is downloaded.
 */
final class PaletteExports {

    /** The file name, without extension, of every export. */
    static final String NAME = "palette";
    /** Columns GIMP shows the palette in. */
    static final int GPL_COLUMNS = 5;
    /** Adobe Swatch Exchange: signature, version 1.0, block types, colour types. */
    static final byte[] ASE_SIGNATURE = "ASEF".getBytes(StandardCharsets.US_ASCII);
    static final int ASE_VERSION_MAJOR = 1;
    static final int ASE_VERSION_MINOR = 0;
    static final int ASE_GROUP_START = 0xC001;
    static final int ASE_GROUP_END = 0xC002;
    static final int ASE_COLOUR = 0x0001;
    static final byte[] ASE_RGB = "RGB ".getBytes(StandardCharsets.US_ASCII);
    /** Colour type "normal" (0 is global, 1 spot). */
    static final int ASE_NORMAL = 2;
    private static final float CHANNEL_MAX = 255f;
    private static final double PERCENT = 100;

    private PaletteExports() {
    }

    /** The extensions of the files, in the order {@link #of} makes them. */
    private static final List<String> EXTENSIONS = List.of(".css", ".json", ".gpl", ".ase");
    /**
     * Where the browser makes the print files, the one file that holds the four ({@link PaletteBundle}), which the
     * page's script unpacks when one is downloaded.
     */
    static final String BUNDLE = NAME + Deflated.SUFFIX;
    /**
     * Stands for the JSON's stripes array in the bundle: the page's script writes it back from the stripes of the
     * film's print sources, which hold them already (so a film's stripes are stored once less). It follows the key
     * {@code "stripes" : }, which no JSON string can hold (its quotes would be escaped).
     */
    static final String STRIPES = "@stripes@";
    private static final String STRIPES_KEY = "\"stripes\" : ";

    /**
     * The files of a film: the four exports in a fixed order, or where the browser makes the print files the one
     * {@link #BUNDLE} that holds them, the JSON (which holds every stripe) with its stripes left to the page's
     * script ({@link #STRIPES}).
     */
    static List<SiteFile> of(CatalogEntry film, Downloads downloads) {
        String folder = FilmViews.page(film);
        String json = FilmsJson.palette(film);
        List<SiteFile> exports = List.of(file(folder, 0, text(css(film))),
                file(folder, 1, text(downloads == Downloads.BROWSER ? stripesLeftOut(film, json) : json)),
                file(folder, 2, text(gpl(film))), file(folder, 3, ase(film)));
        return downloads == Downloads.BROWSER ? List.of(PaletteBundle.of(folder + BUNDLE, exports)) : exports;
    }

    /** The export of the {@code index}th of {@link #EXTENSIONS} in the film's folder. */
    private static SiteFile file(String folder, int index, byte[] content) {
        return new SiteFile(folder + NAME + EXTENSIONS.get(index), content);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The palette JSON with its stripes array as {@link #STRIPES}, when the array is exactly what the script
     * writes back ({@code [ "#rrggbb", "#rrggbb" ]} from the print sources' bars, which are the stripes when there
     * are any); otherwise the JSON as it is.
     */
    static String stripesLeftOut(CatalogEntry film, String json) {
        if (film.stripes().isEmpty()) {
            return json;
        }
        StringBuilder array = new StringBuilder(STRIPES_KEY).append("[ ");
        for (int i = 0; i < film.stripes().size(); i++) {
            array.append(i == 0 ? "\"" : ", \"").append(film.stripes().get(i).hex()).append('"');
        }
        String stripes = array.append(" ]").toString();
        int at = json.indexOf(stripes);
        return at < 0 ? json : json.substring(0, at) + STRIPES_KEY + STRIPES + json.substring(at + stripes.length());
    }

    /** The file the exports are kept in, which the page's script unpacks (none with saved print files). */
    static String bundle(Downloads downloads) {
        return downloads == Downloads.BROWSER ? BUNDLE : "";
    }

    /** Where {@link #of} puts the files, without making them. */
    static List<String> paths(CatalogEntry film, Downloads downloads) {
        String folder = FilmViews.page(film);
        return downloads == Downloads.BROWSER ? List.of(folder + BUNDLE)
                : EXTENSIONS.stream().map(extension -> folder + NAME + extension).toList();
    }

    /** "navy #0f1a45". */
    /** The share in percent, or "share unknown" for an imported palette without shares. */
    private static String share(CatalogEntry film, Swatch swatch) {
        return film.sharesKnown() ? percent(swatch.share()) : "share unknown";
    }

    static String colourName(Rgb colour) {
        return ColourNames.name(colour) + " " + colour.hex();
    }

    /** {@code :root { --heat-1995-1: #0f1a45; ... }} with each colour's name and share in a comment. */
    static String css(CatalogEntry film) {
        StringBuilder css = new StringBuilder();
        css.append("/* The palette of ").append(oneLine(FilmViews.label(film)).replace("*/", "* /"))
                .append(", largest share first. Made with Cinechrome. */\n:root {\n");
        List<Swatch> palette = film.palette();
        for (int i = 0; i < palette.size(); i++) {
            Swatch swatch = palette.get(i);
            css.append(String.format(Locale.ROOT, "  --%s-%d: %s; /* %s, %s */\n", film.slug(), i + 1,
                    swatch.colour().hex(), ColourNames.name(swatch.colour()), share(film, swatch)));
        }
        return css.append("}\n").toString();
    }

    /** GIMP palette: the header, {@code Name:}, {@code Columns:}, then {@code R G B<tab>name} lines. */
    static String gpl(CatalogEntry film) {
        StringBuilder gpl = new StringBuilder("GIMP Palette\n");
        gpl.append("Name: ").append(oneLine(FilmViews.label(film))).append('\n');
        gpl.append("Columns: ").append(GPL_COLUMNS).append('\n');
        gpl.append("# Made with Cinechrome, largest share first\n");
        for (Swatch swatch : film.palette()) {
            Rgb c = swatch.colour();
            gpl.append(String.format(Locale.ROOT, "%3d %3d %3d\t%s (%s)", c.red(), c.green(), c.blue(),
                    colourName(c), share(film, swatch))).append('\n');
        }
        return gpl.toString();
    }

    /**
     * Adobe Swatch Exchange 1.0: "ASEF", version, block count, then a group named after the film holding one
     * colour block per swatch (UTF-16BE null-terminated name, "RGB ", three big-endian floats 0..1, type normal).
     */
    static byte[] ase(CatalogEntry film) {
        List<Swatch> palette = film.palette();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(ASE_SIGNATURE);
            out.writeShort(ASE_VERSION_MAJOR);
            out.writeShort(ASE_VERSION_MINOR);
            out.writeInt(palette.size() + 2);
            byte[] group = name(oneLine(FilmViews.label(film)));
            out.writeShort(ASE_GROUP_START);
            out.writeInt(group.length);
            out.write(group);
            for (Swatch swatch : palette) {
                Rgb c = swatch.colour();
                byte[] name = name(colourName(c));
                out.writeShort(ASE_COLOUR);
                out.writeInt(name.length + ASE_RGB.length + 3 * Float.BYTES + Short.BYTES);
                out.write(name);
                out.write(ASE_RGB);
                out.writeFloat(c.red() / CHANNEL_MAX);
                out.writeFloat(c.green() / CHANNEL_MAX);
                out.writeFloat(c.blue() / CHANNEL_MAX);
                out.writeShort(ASE_NORMAL);
            }
            out.writeShort(ASE_GROUP_END);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    /** An ASE name: its length in UTF-16 units with the terminating null, the UTF-16BE text, the null. */
    private static byte[] name(String text) {
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(utf16.length / 2 + 1);
            out.write(utf16);
            out.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * PERCENT);
    }
}
