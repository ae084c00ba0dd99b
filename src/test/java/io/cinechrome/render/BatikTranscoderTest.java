package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.svg.SvgUses;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.junit.jupiter.api.Test;

/**
 * The transcoder paints Batik's graphics tree straight onto one image; every pixel must be what Batik's own
 * {@link ImageTranscoder} (tiles, working raster, copy) makes of the same SVG, translucent ones included.
 */
class BatikTranscoderTest {

    @Test
    void everyDrawingOfEveryPosterStyleHasThePixelsOfBatiksOwnImageTranscoder() throws TranscoderException {
        List<CatalogEntry> films = List.of(SampleFilms.sunset(), SampleFilms.noir(), SampleFilms.spiritedAway());
        int drawings = 0;
        for (PosterStyle style : PosterStyle.values()) {
            FilmImages images = new FilmImages(RenderSettings.defaults().withPosterStyle(style));
            for (CatalogEntry film : films) {
                for (FilmImages.Drawing drawing : images.drawings(film)) {
                    String svg = SvgUses.inlined(drawing.svg());
                    int w = drawing.size().width();
                    int h = drawing.size().height();
                    BufferedImage ours = BatikTranscoder.draw(svg, w, h);
                    BufferedImage batiks = batik(svg, w, h);
                    assertEquals(BufferedImage.TYPE_INT_ARGB, ours.getType(), drawing.pngPath());
                    assertArrayEquals(batiks.getRGB(0, 0, w, h, null, 0, w), ours.getRGB(0, 0, w, h, null, 0, w),
                            style + " " + drawing.pngPath());
                    drawings++;
                }
            }
        }
        assertTrue(drawings >= PosterStyle.values().length * films.size() * 6, "at least six drawings a film");
    }

    @Test
    void translucentPixelsComeOutAsBatikConvertsThem() throws TranscoderException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\" viewBox=\"0 0 40 20\">"
                + "<rect x=\"0.5\" y=\"0\" width=\"20\" height=\"20\" fill=\"#3366cc\" fill-opacity=\"0.37\"/>"
                + "<circle cx=\"30\" cy=\"10\" r=\"7.3\" fill=\"#e0a020\"/></svg>";
        BufferedImage ours = BatikTranscoder.draw(svg, 40, 20);
        int[] pixels = ours.getRGB(0, 0, 40, 20, null, 0, 40);
        List<Integer> alphas = new ArrayList<>();
        for (int p : pixels) {
            alphas.add(p >>> 24);
        }
        assertTrue(alphas.stream().anyMatch(a -> a > 0 && a < 255), "the drawing has translucent pixels");
        assertArrayEquals(batik(svg, 40, 20).getRGB(0, 0, 40, 20, null, 0, 40), pixels);
    }

    private static BufferedImage batik(String svg, int width, int height) throws TranscoderException {
        BufferedImage[] kept = new BufferedImage[1];
        ImageTranscoder transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int w, int h) {
                return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage image, TranscoderOutput output) {
                kept[0] = image;
            }
        };
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
        return kept[0];
    }
}
