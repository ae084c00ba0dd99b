package io.cinechrome.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * The one class that talks to Apache Batik: SVG text in, PNG bytes out. The fonts are registered with Java
 * before Batik first looks at the installed fonts (it lists them once), and a first transcode on one thread
 * fills Batik's font caches, which are not thread-safe to fill but are safe to read from many threads.
 */
final class BatikTranscoder {

    private static final int WARM_UP_SIZE = 8;

    static {
        Fonts.get();
        warmUp();
    }

    private BatikTranscoder() {
    }

    /** Renders the SVG to a PNG of the given size (the SVG scales to it). */
    static byte[] png(String svg, int width, int height) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new RenderException("Batik cannot render the SVG to PNG: " + e.getMessage()
                    + "; the SVG builder made invalid SVG, please report it with the film's catalogue entry", e);
        }
        return png.toByteArray();
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
