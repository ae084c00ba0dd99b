package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.png.PngEncoder;
import io.cinechrome.render.svg.SvgCompactor;
import io.cinechrome.render.svg.SvgUses;
import io.cinechrome.render.text.Fonts;
import io.cinechrome.render.text.PosterText;
import io.cinechrome.render.text.TextMeasure;
import io.cinechrome.render.text.TitleLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws all images of one film: the SVG sources and their PNGs, named by {@link ImageFiles}. */
final class FilmImages {

    private final RenderSettings settings;
    private final TitleLayout typesetter;

    /** A renderer for the given settings. */
    FilmImages(RenderSettings settings) {
        this.settings = settings;
        this.typesetter = new TitleLayout(new TextMeasure(Fonts.get()));
    }

    /**
     * Every file of the film's image folder, in memory, paths relative to the site root: each drawing's SVG and
     * PNG, or, when the browser makes the print files, the drawings pages need and the print sources.
     */
    List<ImageFile> render(CatalogEntry entry) {
        List<ImageFile> files = new ArrayList<>();
        List<PrintSources.Print> prints = new ArrayList<>();
        for (Drawing drawing : drawings(entry)) {
            if (inBrowser() && drawing.kind() == Kind.PRINT) {
                prints.add(new PrintSources.Print(name(drawing.svgPath().orElseThrow()), name(drawing.pngPath()),
                        SvgCompactor.compact(drawing.svg())));
                continue;
            }
            drawing.svgPath().ifPresent(path -> files.add(svg(path, drawing.svg())));
            if (!inBrowser() || drawing.kind() != Kind.SVG_FOR_PAGES) {
                files.add(new ImageFile(drawing.pngPath(), png(drawing)));
            }
        }
        if (!prints.isEmpty()) {
            files.add(new ImageFile(ImageFiles.prints(entry.slug()), PrintSources.deflated(entry, prints,
                    new PrintSources.Barcode(name(ImageFiles.barcodeSvg(entry.slug())), settings.barcode().width()))));
        }
        return files;
    }

    private boolean inBrowser() {
        return settings.downloads() == Downloads.BROWSER;
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The film's drawings, in the order {@link #render} saves them. */
    List<Drawing> drawings(CatalogEntry entry) {
        String slug = entry.slug();
        List<Drawing> drawings = new ArrayList<>();
        int posterSize = settings.posterSize();
        PixelSize square = new PixelSize(posterSize, posterSize);
        // Always truecolour: indexed, its title shading over the stripes shows staircase contours even where under
        // 1 % of the pixels are visibly off (seen on the demo's The Long Sunset).
        drawings.add(new Drawing(Optional.of(ImageFiles.posterSvg(slug)), ImageFiles.posterPng(slug),
                posterSvg(entry, posterSize), square, true, Kind.PRINT));
        if (ImageFiles.hasThumbnails(settings.posterStyle())) {
            int thumb = settings.thumbSize();
            drawings.add(thumbnail(ImageFiles.posterThumb(slug), ringSvg(entry, thumb), thumb));
            drawings.add(thumbnail(ImageFiles.posterThumb2x(slug), ringSvg(entry, 2 * thumb), 2 * thumb));
        }
        drawings.add(print(ImageFiles.posterSvg(slug, PosterStyle.RING), ImageFiles.posterPng(slug, PosterStyle.RING),
                ringSvg(entry, posterSize), square));
        PixelSize strip = settings.stripSize();
        drawings.add(print(ImageFiles.posterSvg(slug, PosterStyle.STRIP), ImageFiles.posterPng(slug, PosterStyle.STRIP),
                StripPosterSvg.svg(entry, strip, settings.showCredits(), typesetter), strip));
        PixelSize card = settings.paletteCard();
        drawings.add(print(ImageFiles.paletteSvg(slug), ImageFiles.palettePng(slug),
                PaletteCardSvg.svg(entry, card, typesetter), card));
        drawings.add(new Drawing(Optional.of(ImageFiles.barcodeSvg(slug)), ImageFiles.barcodePng(slug),
                BarcodeSvg.svg(entry, settings.barcode()), settings.barcode(), settings.losslessPng(),
                Kind.SVG_FOR_PAGES));
        if (settings.socialPreview()) {
            // Nothing links to the social preview's SVG; it is kept with the print files only to stay as it was.
            drawings.add(new Drawing(inBrowser() ? Optional.empty() : Optional.of(ImageFiles.socialSvg(slug)),
                    ImageFiles.socialPng(slug), SocialSvg.svg(PosterText.drawable(entry), typesetter),
                    new PixelSize(RenderSettings.SOCIAL_WIDTH, RenderSettings.SOCIAL_HEIGHT), settings.losslessPng(),
                    Kind.PAGE, Optional.of(SocialSvg.lettering(entry))));
        }
        return drawings;
    }

    private Drawing print(String svgPath, String pngPath, String svg, PixelSize size) {
        return new Drawing(Optional.of(svgPath), pngPath, svg, size, settings.losslessPng(), Kind.PRINT);
    }

    private Drawing thumbnail(String pngPath, String svg, int size) {
        return new Drawing(Optional.empty(), pngPath, svg, new PixelSize(size, size), settings.losslessPng(),
                Kind.PAGE);
    }

    /** The paths of every file {@link #render} makes for a film, relative to the site root. */
    List<String> paths(String slug) {
        List<String> paths = new ArrayList<>();
        if (!inBrowser()) {
            paths.addAll(List.of(ImageFiles.posterSvg(slug), ImageFiles.posterPng(slug)));
        }
        if (ImageFiles.hasThumbnails(settings.posterStyle())) {
            paths.addAll(List.of(ImageFiles.posterThumb(slug), ImageFiles.posterThumb2x(slug)));
        }
        if (inBrowser()) {
            paths.add(ImageFiles.barcodeSvg(slug));
            if (settings.socialPreview()) {
                paths.add(ImageFiles.socialPng(slug));
            }
            paths.add(ImageFiles.prints(slug));
            return paths;
        }
        for (PosterStyle style : List.of(PosterStyle.RING, PosterStyle.STRIP)) {
            paths.addAll(List.of(ImageFiles.posterSvg(slug, style), ImageFiles.posterPng(slug, style)));
        }
        paths.addAll(List.of(ImageFiles.paletteSvg(slug), ImageFiles.palettePng(slug), ImageFiles.barcodeSvg(slug),
                ImageFiles.barcodePng(slug)));
        if (settings.socialPreview()) {
            paths.addAll(List.of(ImageFiles.socialSvg(slug), ImageFiles.socialPng(slug)));
        }
        return paths;
    }

    /** The poster's layout at a size, for callers that need to know where the text went. */
    PosterLayout posterLayout(CatalogEntry entry, int size) {
        return PosterLayout.of(PosterText.drawable(entry), size, settings.showCredits(), typesetter);
    }

    /** The poster SVG at a size. */
    String posterSvg(CatalogEntry entry, int size) {
        return PosterSvg.svg(entry, posterLayout(entry, size), PosterSvg.Text.DRAWN);
    }

    /** The ring poster SVG at a size. */
    String ringSvg(CatalogEntry entry, int size) {
        return RingPosterSvg.svg(entry, size, settings.showCredits(), typesetter);
    }

    /** The drawing's PNG, drawn from its uses written out as paths (the same pixels, a third faster for rings). */
    private static byte[] png(Drawing drawing) {
        return BatikTranscoder.png(SvgUses.inlined(drawing.svg()), drawing.size().width(), drawing.size().height(),
                drawing.lossless(), drawing.compact());
    }

    private static ImageFile svg(String path, String svg) {
        return new ImageFile(path, SvgCompactor.compact(svg).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One image of a film, before it is drawn.
     *
     * @param svgPath  where its SVG is saved, relative to the site root; empty for a PNG without one (thumbnails)
     * @param pngPath  where its PNG is saved, relative to the site root
     * @param svg      the SVG source
     * @param size     the PNG's size in pixels
     * @param lossless whether the PNG keeps every colour exactly (truecolour when it has more than 256)
     * @param kind     what it is for, which decides what is saved when the browser makes the print files
     * @param compact  for an image every share of its page fetches (the social preview), the lettering its PNG is
     *                 encoded {@linkplain PngEncoder#encodeCompact compactly} for; empty for the usual encoding
     */
    record Drawing(Optional<String> svgPath, String pngPath, String svg, PixelSize size, boolean lossless,
                   Kind kind, Optional<PngEncoder.Lettering> compact) {

        Drawing {
            if (svgPath == null || pngPath == null || pngPath.isBlank() || svg == null || svg.isBlank()
                    || size == null || kind == null || compact == null) {
                throw new IllegalArgumentException("a drawing needs its PNG's path, its SVG and its size");
            }
            if (kind != Kind.PAGE && svgPath.isEmpty()) {
                throw new IllegalArgumentException("a print file or a page's SVG needs its SVG: " + pngPath);
            }
        }

        /** A drawing with the usual PNG encoding. */
        Drawing(Optional<String> svgPath, String pngPath, String svg, PixelSize size, boolean lossless, Kind kind) {
            this(svgPath, pngPath, svg, size, lossless, kind, Optional.empty());
        }
    }

    /** What a drawing is for, which decides what a gallery saves when the browser makes the print files. */
    enum Kind {
        /** Shown by pages as PNG: always saved (poster thumbnails, the social preview). */
        PAGE,
        /** Shown by pages as SVG (grids, the timeline): its PNG is saved only with the print files (barcode). */
        SVG_FOR_PAGES,
        /** A print file: saved, or made by the film page's script ({@link Downloads#BROWSER}). */
        PRINT
    }

    /**
     * One image file's content.
     *
     * @param path  path relative to the site root, as {@link ImageFiles} names it
     * @param bytes the content
     */
    record ImageFile(String path, byte[] bytes) {
    }
}
