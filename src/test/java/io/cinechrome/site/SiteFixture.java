package io.cinechrome.site;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Source;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.ImageFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;

/** A small catalogue with awkward titles, and stand-in images where the render stage would put its own. */
final class SiteFixture {

    /** A title that must come out escaped everywhere. */
    static final String NASTY_TITLE = "<script>alert('x')</script> & \"Quotes\"";
    static final int STRIPES = 48;

    private SiteFixture() {
    }

    static List<CatalogEntry> films() {
        return List.of(
                film("heat-1995", "Heat", 1995, "Michael Mann", 10_212, false,
                        "#0f1a45:0.34", "#1d7a78:0.22", "#101010:0.2", "#4a6a88:0.14", "#c8a37a:0.1"),
                film("collateral-2004", "Collateral", 2004, "Michael Mann", 7_200, false,
                        "#0f3b3c:0.4", "#a5d13b:0.1", "#f0a030:0.2", "#1b1b1b:0.3"),
                film("the-matrix-1999", "The Matrix", 1999, "Lana Wachowski", 8_160, false,
                        "#0b2b12:0.45", "#3a9a3f:0.25", "#050505:0.2", "#a8e6c3:0.1"),
                film("amelie-2001", "Amélie", 2001, "Jean-Pierre Jeunet", 7_320, false,
                        "#a3152a:0.3", "#1f4d2b:0.3", "#f0a030:0.25", "#f5edd6:0.15"),
                film("spirited-away-2001", "千と千尋の神隠し", 2001, "宮崎駿", 7_500, false,
                        "#79b8e8:0.3", "#d7261e:0.25", "#6b4426:0.25", "#f5edd6:0.2"),
                film("ida-2013", "Ida", 2013, "Paweł Pawlikowski", 4_920, true,
                        "#141414:0.3", "#555555:0.3", "#9a9a9a:0.25", "#e6e6e6:0.15"),
                film("a-beautiful-mind-2001", "A Beautiful Mind", 2001, "Ron Howard", 8_100, false,
                        "#6b4426:0.4", "#dccfb0:0.35", "#2c3a47:0.25"),
                nasty());
    }

    private static CatalogEntry nasty() {
        List<Swatch> palette = swatches("#c2308a:0.5", "#f29bb8:0.3", "#5e2750:0.2");
        return new CatalogEntry("script-test", NASTY_TITLE, OptionalInt.empty(), Optional.empty(), 1_234.5, false,
                palette, stripes(palette), AnalysisSettings.defaults(), source("script-test"));
    }

    static CatalogEntry film(String slug, String title, int year, String director, double seconds, boolean grey,
            String... colours) {
        List<Swatch> palette = swatches(colours);
        return new CatalogEntry(slug, title, OptionalInt.of(year), Optional.of(director), seconds, grey, palette,
                stripes(palette), AnalysisSettings.defaults(), source(slug));
    }

    private static Source source(String slug) {
        return new Source(slug + ".mkv", 1_000_000, "2024-01-01T00:00:00Z", "sha256:" + slug);
    }

    private static List<Swatch> swatches(String... colours) {
        List<Swatch> swatches = new ArrayList<>();
        for (String colour : colours) {
            String[] parts = colour.split(":");
            swatches.add(new Swatch(Rgb.parse(parts[0]), Double.parseDouble(parts[1])));
        }
        return swatches;
    }

    /** Stripes that wander through the palette, so the barcode has some life. */
    private static List<Rgb> stripes(List<Swatch> palette) {
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < STRIPES; i++) {
            OkLab a = OkLab.of(palette.get(i * palette.size() / STRIPES).colour());
            OkLab b = OkLab.of(palette.get((i * 7 / 5 + 1) % palette.size()).colour());
            double t = (Math.sin(i * 0.7) + 1) / 4;
            stripes.add(new OkLab(a.l() + (b.l() - a.l()) * t, a.a() + (b.a() - a.a()) * t,
                    a.b() + (b.b() - a.b()) * t).toRgb());
        }
        return stripes;
    }

    /** Writes simple stand-ins for every image the render stage makes, at the paths of {@link ImageFiles}. */
    static void writeImages(Path siteDir, List<CatalogEntry> films) throws IOException {
        for (CatalogEntry film : films) {
            String slug = film.slug();
            png(siteDir.resolve(ImageFiles.posterPng(slug)), bands(film, 800, 800));
            png(siteDir.resolve(ImageFiles.posterThumb(slug)), bands(film, 400, 400));
            png(siteDir.resolve(ImageFiles.barcodePng(slug)), barcode(film, 1200, 160));
            png(siteDir.resolve(ImageFiles.palettePng(slug)), bands(film, 1200, 800));
            png(siteDir.resolve(ImageFiles.socialPng(slug)), bands(film, 1200, 630));
            for (String svg : List.of(ImageFiles.posterSvg(slug), ImageFiles.paletteSvg(slug),
                    ImageFiles.barcodeSvg(slug), ImageFiles.socialSvg(slug))) {
                Files.writeString(siteDir.resolve(svg), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                        + " height=\"10\"><rect width=\"10\" height=\"10\" fill=\"" + film.dominant().colour().hex()
                        + "\"/></svg>\n", StandardCharsets.UTF_8);
            }
        }
    }

    private static BufferedImage bands(CatalogEntry film, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int y = 0;
        for (Swatch swatch : film.palette()) {
            int h = (int) Math.ceil(swatch.share() * height);
            g.setColor(new Color(swatch.colour().packed()));
            g.fillRect(0, y, width, h);
            y += h;
        }
        g.dispose();
        return image;
    }

    private static BufferedImage barcode(CatalogEntry film, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<Rgb> stripes = film.stripes();
        for (int i = 0; i < stripes.size(); i++) {
            g.setColor(new Color(stripes.get(i).packed()));
            int x = i * width / stripes.size();
            g.fillRect(x, 0, (i + 1) * width / stripes.size() - x, height);
        }
        g.dispose();
        return image;
    }

    private static void png(Path file, BufferedImage image) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
