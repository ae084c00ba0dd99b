package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.Rgb;
import io.cinechrome.render.svg.SvgBuilder;
import io.cinechrome.render.svg.SvgCompactor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The compacted SVG draws the same pixels in far fewer bytes. */
class SvgCompactorTest {

    @Test
    void stripesBecomeOnePathPerColourAndDrawTheSamePixels() throws IOException {
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < Band.MAX_RECTANGLES; i++) {
            stripes.add(List.of(Rgb.parse("#1a70ac"), Rgb.parse("#c0392b"), Rgb.parse("#f1c40f")).get(i * 7 % 3));
        }
        SvgBuilder svg = new SvgBuilder(480, 60, "test");
        Band.draw(svg, Band.equal(stripes, 0, 480), 0, 60);
        String original = svg.build();
        String compact = SvgCompactor.compact(original);
        assertEquals(3, compact.split("<path ").length - 1, compact);
        assertTrue(compact.length() * 2 < original.length(), compact.length() + " vs " + original.length());
        assertArrayEquals(pixels(original), pixels(compact));
        String other = "<g shape-rendering=\"crispEdges\">\n<rect x=\"0\" y=\"0\" width=\"1\" height=\"1\" "
                + "fill=\"url(#scrim)\"/>\n</g>\n";
        assertEquals(other, SvgCompactor.compact(other), "groups with anything else are left alone");
    }

    private static int[] pixels(String svg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(BatikTranscoder.png(svg, 480, 60)));
        return image.getRGB(0, 0, 480, 60, null, 0, 480);
    }
}
