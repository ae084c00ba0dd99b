package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.svg.SvgCompactor;
import io.cinechrome.render.svg.SvgUses;
import io.cinechrome.render.text.Fonts;
import io.cinechrome.render.text.PosterText;
import io.cinechrome.render.text.TextMeasure;
import io.cinechrome.render.text.TitleLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Draws all images of one film: the SVG sources and their PNGs, named by {@link ImageFiles}. */
final class FilmImages {

    private final RenderSettings settings;
    private final TitleLayout typesetter;

    /** A renderer for the given settings. */
    FilmImages(RenderSettings settings) {
        this.settings = settings;
        this.typesetter = new TitleLayout(new TextMeasure(Fonts.get()));
    }

    /** Every image of the film, in memory, paths relative to the site root. */
    List<ImageFile> render(CatalogEntry entry) {
        String slug = entry.slug();
        List<ImageFile> files = new ArrayList<>();
        int posterSize = settings.posterSize();
        String poster = posterSvg(entry, posterSize);
        files.add(svg(ImageFiles.posterSvg(slug), poster));
        // Always truecolour: indexed, its title shading over the stripes shows staircase contours even where under
        // 1 % of the pixels are visibly off (seen on the demo's The Long Sunset).
        files.add(new ImageFile(ImageFiles.posterPng(slug),
                BatikTranscoder.png(poster, posterSize, posterSize, true)));
        if (ImageFiles.hasThumbnails(settings.posterStyle())) {
            int thumb = settings.thumbSize();
            files.add(new ImageFile(ImageFiles.posterThumb(slug),
                    png(ringSvg(entry, thumb), thumb, thumb)));
            int thumb2x = 2 * thumb;
            files.add(new ImageFile(ImageFiles.posterThumb2x(slug),
                    png(ringSvg(entry, thumb2x), thumb2x, thumb2x)));
        }
        add(files, ImageFiles.posterSvg(slug, PosterStyle.RING), ImageFiles.posterPng(slug, PosterStyle.RING),
                ringSvg(entry, posterSize), new PixelSize(posterSize, posterSize));
        PixelSize strip = settings.stripSize();
        add(files, ImageFiles.posterSvg(slug, PosterStyle.STRIP), ImageFiles.posterPng(slug, PosterStyle.STRIP),
                StripPosterSvg.svg(entry, strip, settings.showCredits(), typesetter), strip);
        PixelSize card = settings.paletteCard();
        add(files, ImageFiles.paletteSvg(slug), ImageFiles.palettePng(slug),
                PaletteCardSvg.svg(entry, card, typesetter), card);
        add(files, ImageFiles.barcodeSvg(slug), ImageFiles.barcodePng(slug),
                BarcodeSvg.svg(entry, settings.barcode()), settings.barcode());
        add(files, ImageFiles.socialSvg(slug), ImageFiles.socialPng(slug),
                SocialSvg.svg(PosterText.drawable(entry), typesetter),
                new PixelSize(RenderSettings.SOCIAL_WIDTH, RenderSettings.SOCIAL_HEIGHT));
        return files;
    }

    /** The paths of every image {@link #render} makes for a film, relative to the site root. */
    List<String> paths(String slug) {
        List<String> paths = new ArrayList<>(List.of(ImageFiles.posterSvg(slug), ImageFiles.posterPng(slug)));
        if (ImageFiles.hasThumbnails(settings.posterStyle())) {
            paths.addAll(List.of(ImageFiles.posterThumb(slug), ImageFiles.posterThumb2x(slug)));
        }
        for (PosterStyle style : List.of(PosterStyle.RING, PosterStyle.STRIP)) {
            paths.addAll(List.of(ImageFiles.posterSvg(slug, style), ImageFiles.posterPng(slug, style)));
        }
        paths.addAll(List.of(ImageFiles.paletteSvg(slug), ImageFiles.palettePng(slug), ImageFiles.barcodeSvg(slug),
                ImageFiles.barcodePng(slug), ImageFiles.socialSvg(slug), ImageFiles.socialPng(slug)));
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

    private void add(List<ImageFile> files, String svgPath, String pngPath, String svg, PixelSize size) {
        files.add(svg(svgPath, svg));
        files.add(new ImageFile(pngPath, png(svg, size.width(), size.height())));
    }

    /** The SVG's PNG, drawn from its uses written out as paths (the same pixels, a third faster for rings). */
    private byte[] png(String svg, int width, int height) {
        return BatikTranscoder.png(SvgUses.inlined(svg), width, height, settings.losslessPng());
    }

    private static ImageFile svg(String path, String svg) {
        return new ImageFile(path, SvgCompactor.compact(svg).getBytes(StandardCharsets.UTF_8));
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
