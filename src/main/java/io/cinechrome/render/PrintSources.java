package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.Rgb;
import io.cinechrome.files.Deflated;
import io.cinechrome.render.svg.SvgNumber;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A film's print files as one small {@code prints.json.deflate}, from which the film page's script makes each SVG (and
 * the PNG the browser draws from it) when the gallery does not save them ({@link Downloads#BROWSER}). Each
 * source is the SVG the files would hold, with what is made from the film's stripes left for the script to put
 * back, so the stripes are stored once instead of in every file:
 * <ul>
 *   <li>{@code @bars:W@} stands for the embedded picture of the stripes as {@code W} equal-width bands (a PNG
 *       one pixel high, see {@link StripeImage}); the script draws the same pixels;</li>
 *   <li>{@code @wedges@} stands for the ring poster's 1,080 wedge lines, which the script writes out character
 *       for character as {@link RingPosterSvg} does.</li>
 * </ul>
 * A part is left in place when it is not exactly what the rule gives, so the result is always the original.
 * <p>
 * The stripes themselves ({@code bars}, six hex digits each) are not in the file either when the barcode holds them
 * all: its picture gives each of the {@code barCount} stripes a band of at least one pixel, starting at pixel
 * {@code round(width * i / barCount)} ({@link Band#equal}), so the script reads stripe {@code i}'s colour there from
 * {@code barsFrom} (the barcode SVG beside the file, already loaded by the page). That saves two thirds of the file
 * (about 3 KB a film). With more stripes than the barcode has pixels the file keeps {@code bars}.
 * The file is deflated (raw, as the browser's {@code DecompressionStream("deflate-raw")} reads it): the SVG
 * sources shrink to a fifth and the stripes' hex to about half.
 */
final class PrintSources {

    /** The format of the file, for the script. */
    static final int VERSION = 2;
    private static final Pattern PICTURE = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+");
    private static final Pattern IMAGE_WIDTH = Pattern.compile("<image x=\"0\" y=\"[^\"]+\" width=\"([0-9]+)\"[^>]*"
            + "xlink:href=\"$");
    private static final String WEDGES = "@wedges@";

    private PrintSources() {
    }

    /**
     * One print file.
     *
     * @param svgName the SVG's name in the film's image folder
     * @param pngName the PNG's name, drawn by the browser from the SVG
     * @param svg     the SVG as it would be saved
     */
    record Print(String svgName, String pngName, String svg) {
        Print {
            if (svgName == null || svgName.isBlank() || pngName == null || pngName.isBlank() || svg == null) {
                throw new IllegalArgumentException("a print needs its SVG, its file names");
            }
        }
    }

    /**
     * The film's barcode as the page shows it: the SVG file beside the print sources and its width in pixels, the
     * width of its picture of the stripes ({@link BarcodeSvg}).
     */
    record Barcode(String svgName, int width) {
        Barcode {
            if (svgName == null || svgName.isBlank() || width < 1) {
                throw new IllegalArgumentException("a barcode needs its SVG's name and a width of at least a pixel");
            }
        }

        /** Whether its picture gives each of these stripes a band of its own, so the stripes can be read back. */
        boolean holds(List<Rgb> bars) {
            return !bars.isEmpty() && bars.size() <= width;
        }
    }

    /** The film's print sources as the file is saved: the {@link #json} deflated. */
    static byte[] deflated(CatalogEntry entry, List<Print> prints, Barcode barcode) {
        return Deflated.of(json(entry, prints, barcode).getBytes(StandardCharsets.UTF_8));
    }

    /** The print sources of a film as JSON. */
    static String json(CatalogEntry entry, List<Print> prints, Barcode barcode) {
        StringBuilder json = new StringBuilder("{\"version\":").append(VERSION);
        if (barcode.holds(entry.bars())) {
            json.append(",\"barsFrom\":").append(quoted(barcode.svgName())).append(",\"barCount\":")
                    .append(entry.bars().size());
        } else {
            json.append(",\"bars\":\"");
            entry.bars().forEach(colour -> json.append(colour.hex(), 1, 7));
            json.append('"');
        }
        json.append(",\"prints\":[");
        for (int i = 0; i < prints.size(); i++) {
            Print print = prints.get(i);
            json.append(i == 0 ? "" : ",").append("{\"svg\":").append(quoted(print.svgName()))
                    .append(",\"png\":").append(quoted(print.pngName()))
                    .append(",\"source\":").append(quoted(source(entry, print.svg()))).append('}');
        }
        return json.append("]}\n").toString();
    }

    /** The SVG with its stripe pictures and ring wedges left to the script. */
    static String source(CatalogEntry entry, String svg) {
        return wedgesLeftOut(entry.bars(), picturesLeftOut(entry.bars(), svg));
    }

    private static String picturesLeftOut(List<Rgb> bars, String svg) {
        StringBuilder out = new StringBuilder(svg.length());
        Matcher picture = PICTURE.matcher(svg);
        int from = 0;
        while (picture.find()) {
            out.append(svg, from, picture.start());
            Matcher image = IMAGE_WIDTH.matcher(svg.substring(svg.lastIndexOf('\n', picture.start()) + 1,
                    picture.start()));
            String token = picture.group();
            if (image.find()) {
                int width = Integer.parseInt(image.group(1));
                if (StripeImage.dataUri(Band.equal(bars, 0, width)).equals(picture.group())) {
                    token = "@bars:" + width + "@";
                }
            }
            out.append(token);
            from = picture.end();
        }
        return out.append(svg, from, svg.length()).toString();
    }

    private static String wedgesLeftOut(List<Rgb> bars, String svg) {
        if (bars.isEmpty()) {
            return svg;
        }
        String wedges = wedges(bars);
        int at = svg.indexOf(wedges);
        return at < 0 ? svg : svg.substring(0, at) + WEDGES + svg.substring(at + wedges.length());
    }

    /** The ring poster's wedge lines for these stripes, as {@link RingPosterSvg} writes them. */
    static String wedges(List<Rgb> stripes) {
        StringBuilder lines = new StringBuilder();
        double step = RingPosterSvg.FULL_TURN / stripes.size();
        for (int i = 0; i < stripes.size(); i++) {
            lines.append("<use xlink:href=\"#").append(i == stripes.size() - 1 ? RingPosterSvg.LAST_WEDGE
                    : RingPosterSvg.WEDGE).append('"');
            double degrees = i * step;
            if (degrees != 0) {
                lines.append(" transform=\"rotate(").append(SvgNumber.format(degrees)).append(")\"");
            }
            lines.append(" fill=\"").append(stripes.get(i).hex()).append("\"/>\n");
        }
        return lines.toString();
    }

    /** A JSON string. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
