package io.cinechrome.render;

import io.cinechrome.render.png.PngEncoder;
import io.cinechrome.render.svg.SvgBuilder;
import io.cinechrome.render.svg.TextLine;
import io.cinechrome.render.text.Fonts;
import io.cinechrome.render.text.Legibility;
import io.cinechrome.render.text.TypeFace;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.Optional;
import org.apache.batik.ext.awt.image.GraphicsUtil;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.AWTGlyphGeometryCache;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.w3c.dom.Document;

/**
 * The one class that talks to Apache Batik: SVG text in, PNG bytes out. The fonts are registered with Java
 * before Batik first looks at the installed fonts (it lists them once), and a first transcode resolves each font
 * family, on one thread; then Batik keeps no glyph outlines between drawings ({@link #keepNoGlyphOutlines}), so a
 * film's PNGs are the same bytes whatever was drawn before them, on any number of threads.
 */
final class BatikTranscoder {

    private static final int WARM_UP_SIZE = 8;
    private static final int ALPHA_SHIFT = 24;
    private static final int OPAQUE = 0xff;
    /** Batik's glyph caches by font ({@code AWTGVTFont.fontCache}). */
    private static final Map<Object, Object> FONT_CACHES = fontCaches();
    /** How many fonts {@link #FONT_CACHES} held when their caches were last replaced; -1 to try again. */
    private static volatile int knownFonts = -1;

    static {
        Fonts.get();
        warmUp();
        keepNoGlyphOutlines();
    }

    private BatikTranscoder() {
    }

    /**
     * Renders the SVG to a palette-indexed PNG of the given size (the SVG scales to it): Batik draws the pixels,
     * and {@link PngEncoder} stores them with at most 256 colours, well compressed.
     */
    static byte[] png(String svg, int width, int height) {
        return png(svg, width, height, false);
    }

    /** Renders the SVG to a PNG of the given size, with every colour Batik drew kept exactly when lossless. */
    static byte[] png(String svg, int width, int height, boolean lossless) {
        return encode(draw(svg, width, height), lossless);
    }

    /**
     * Renders the SVG to a PNG of the given size as {@link #png(String, int, int, boolean)}, or, given the lettering
     * of an image many will fetch, as compact as {@link PngEncoder#encodeCompact} makes it.
     */
    static byte[] png(String svg, int width, int height, boolean lossless, Optional<PngEncoder.Lettering> compact) {
        if (compact.isEmpty()) {
            return png(svg, width, height, lossless);
        }
        BufferedImage image = draw(svg, width, height);
        return PngEncoder.encodeCompact(pixels(image), width, height, lossless, compact.get());
    }

    /** The image as a PNG, with every colour kept exactly when lossless (see {@link PngEncoder}). */
    static byte[] encode(BufferedImage image, boolean lossless) {
        int w = image.getWidth();
        int h = image.getHeight();
        return lossless ? PngEncoder.encodeLossless(pixels(image), w, h) : PngEncoder.encode(pixels(image), w, h);
    }

    /** Draws the SVG at the given size. */
    static BufferedImage draw(String svg, int width, int height) {
        BufferedImage image = transcode(svg, width, height);
        keepNoGlyphOutlinesOfNewFonts();
        return image;
    }

    private static BufferedImage transcode(String svg, int width, int height) {
        Painter transcoder = new Painter();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
        } catch (TranscoderException e) {
            throw new RenderException("Batik cannot render the SVG to PNG: " + e.getMessage()
                    + "; the SVG builder made invalid SVG, please report it with the film's catalogue entry", e);
        }
        return transcoder.image;
    }

    /**
     * Stops Batik from keeping glyph outlines between drawings. Batik keeps each character's outline per font,
     * taken from the first glyph of it drawn and moved back from where that glyph stood, in a static cache (of
     * soft references, so the collector may empty it any time): the outline, and a few edge pixels of everything
     * drawn with it later, depended on which drawing first showed the character and where, and two threads drew
     * the same film's PNGs differently from run to run. Each font's cache (in {@code AWTGVTFont.fontCache}, which
     * Batik does not publish; reached by reflection) becomes one that keeps nothing, so every glyph's outline
     * comes from the glyph itself. Called once the fonts are resolved, on one thread.
     */
    private static synchronized void keepNoGlyphOutlines() {
        try {
            for (Map.Entry<Object, Object> font : FONT_CACHES.entrySet()) {
                if (!(font.getValue() instanceof NoGlyphCache) && font.getValue() instanceof AWTGlyphGeometryCache) {
                    font.setValue(new NoGlyphCache());
                }
            }
            knownFonts = FONT_CACHES.size();
        } catch (ConcurrentModificationException e) {
            knownFonts = -1;
        }
    }

    /**
     * A font that none of the shipped faces covers (Batik falls back to an installed one) gets a glyph cache of
     * its own on first use: replaced after the drawing that brought it (or the next, if two threads met).
     */
    private static void keepNoGlyphOutlinesOfNewFonts() {
        if (FONT_CACHES.size() != knownFonts) {
            keepNoGlyphOutlines();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> fontCaches() {
        try {
            Field field = AWTGVTFont.class.getDeclaredField("fontCache");
            field.setAccessible(true);
            return (Map<Object, Object>) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Batik has no AWTGVTFont.fontCache: check how the new version caches"
                    + " glyph outlines before upgrading (see BatikTranscoder#keepNoGlyphOutlines)", e);
        }
    }

    /** A glyph outline cache that keeps nothing. */
    private static final class NoGlyphCache extends AWTGlyphGeometryCache {
        @Override
        public Value get(char c) {
            return null;
        }

        @Override
        public Value put(char c, Value value) {
            return null;
        }
    }

    /**
     * The image's ARGB pixels, row by row: Batik draws into a plain {@code TYPE_INT_ARGB} buffer, which already
     * holds exactly what {@link BufferedImage#getRGB} would return pixel by pixel, only far slower.
     */
    private static int[] pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_ARGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == w && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && image.getRaster().getParent() == null && buffer.getData().length == w * h) {
            return buffer.getData();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    /**
     * Paints the SVG's graphics tree once, straight onto the image. Batik's {@code ImageTranscoder} renders the tree
     * tile by tile into a tile cache, copies the tiles into a working raster and that into the image it hands
     * over: three image-sized buffers and two copies a drawing, most of a cold render's garbage. Painted with the
     * hints Batik's renderer uses (antialiasing, bilinear interpolation) into the same premultiplied buffer, the
     * pixels are the same (every pixel of 40 films' images compared), in 60 % of the time.
     */
    private static final class Painter extends SVGAbstractTranscoder {
        private BufferedImage image;

        @Override
        protected void transcode(Document document, String uri, TranscoderOutput output)
                throws TranscoderException {
            super.transcode(document, uri, output);
            int w = Math.round(width);
            int h = Math.round(height);
            BufferedImage premultiplied = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_ON);
            hints.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            Graphics2D g = GraphicsUtil.createGraphics(premultiplied, hints);
            try {
                g.transform(curTxf);
                root.paint(g);
            } finally {
                g.dispose();
            }
            image = straight(premultiplied);
        }
    }

    /**
     * The premultiplied image as a plain {@code TYPE_INT_ARGB} one over the same pixels, each converted in place
     * exactly as {@link BufferedImage#getRGB} converts it (opaque pixels are the same either way, and a fully
     * transparent one is 0).
     */
    private static BufferedImage straight(BufferedImage premultiplied) {
        ColorModel model = premultiplied.getColorModel();
        int[] pixels = ((DataBufferInt) premultiplied.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int alpha = pixels[i] >>> ALPHA_SHIFT;
            if (alpha == 0) {
                pixels[i] = 0;
            } else if (alpha != OPAQUE) {
                pixels[i] = model.getRGB(pixels[i]);
            }
        }
        DirectColorModel argb = (DirectColorModel) ColorModel.getRGBdefault();
        return new BufferedImage(argb, Raster.createPackedRaster(new DataBufferInt(pixels, pixels.length),
                premultiplied.getWidth(), premultiplied.getHeight(), premultiplied.getWidth(), argb.getMasks(), null),
                false, null);
    }

    /** Transcodes text in every face once, so Batik resolves and caches each family on this thread. */
    private static void warmUp() {
        for (TypeFace face : TypeFace.values()) {
            SvgBuilder svg = new SvgBuilder(WARM_UP_SIZE, WARM_UP_SIZE, "warm-up");
            svg.text(new TextLine("Aa\u00e9\u0416\u03bb\u5343", 0, WARM_UP_SIZE, face, WARM_UP_SIZE,
                    Legibility.LIGHT_INK, TextLine.Anchor.START, 0, 0));
            png(svg.build(), WARM_UP_SIZE, WARM_UP_SIZE);
        }
    }
}
