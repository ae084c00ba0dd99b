package io.cinechrome.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YuvToRgbTest {

    @Test
    void primariesMatricesMatchThePublishedOnes() {
        double[] srgbToXyz = {0.4124, 0.3576, 0.1805, 0.2126, 0.7152, 0.0722, 0.0193, 0.1192, 0.9505};
        assertArrayEquals(srgbToXyz, YuvToRgb.toXyz(VideoColour.Primaries.BT709.xy), 1e-3);
        double[] bt709ToBt2020 = {0.6274, 0.3293, 0.0433, 0.0691, 0.9195, 0.0114, 0.0164, 0.0880, 0.8956};
        double[] computed = YuvToRgb.multiply(YuvToRgb.invert(YuvToRgb.toXyz(VideoColour.Primaries.BT2020.xy)),
                YuvToRgb.toXyz(VideoColour.Primaries.BT709.xy));
        assertArrayEquals(bt709ToBt2020, computed, 1e-3);
    }

    @Test
    void referenceWhiteOfPqAndHlgIsSdrWhite() {
        assertEquals(1.0, HdrToSdr.pqToLinear(0.5807), 0.005, "PQ 58% is 203 cd/m²");
        assertEquals(10_000 / 203.0, HdrToSdr.pqToLinear(1), 1e-6);
        double[] grey = {HdrToSdr.hlgToScene(0.75), HdrToSdr.hlgToScene(0.75), HdrToSdr.hlgToScene(0.75)};
        HdrToSdr.hlgSceneToDisplay(grey);
        assertEquals(1.0, grey[1], 0.005, "HLG 75% is 203 cd/m² on a 1000 cd/m² display");
    }

    @Test
    void toneCurveKeepsEverythingBelowTheKneeAndRollsOffSmoothlyBelowWhite() {
        assertEquals(0.5, HdrToSdr.rollOff(0.5));
        assertEquals(HdrToSdr.KNEE, HdrToSdr.rollOff(HdrToSdr.KNEE));
        double step = 1e-6;
        assertEquals(1, (HdrToSdr.rollOff(HdrToSdr.KNEE + step) - HdrToSdr.KNEE) / step, 1e-3, "slope 1 at knee");
        double previous = 0;
        for (double light = 0; light < 60; light += 0.01) {
            double mapped = HdrToSdr.rollOff(light);
            assertTrue(mapped >= previous && mapped < 1, light + " -> " + mapped);
            previous = mapped;
        }
        assertTrue(HdrToSdr.rollOff(10_000 / 203.0) > 0.995, "the PQ peak ends near white");
    }

    @Test
    void toneMappingKeepsTheHueOfHighlights() {
        double[] highlight = {4, 2, 1};
        HdrToSdr.toneMap(highlight);
        assertTrue(highlight[0] < 1);
        assertEquals(0.5, highlight[1] / highlight[0], 1e-12);
        assertEquals(0.25, highlight[2] / highlight[0], 1e-12);
    }

    @Test
    void outOfGamutColoursMoveTowardsTheirGreyKeepingLuminance() {
        double[] rgb = {1.2, 0.5, -0.1};
        double luminance = 0.2126 * 1.2 + 0.7152 * 0.5 + 0.0722 * -0.1;
        YuvToRgb.intoGamut(rgb);
        assertEquals(0, rgb[2], 1e-12);
        assertEquals(luminance, 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2], 1e-12);
    }

    @Test
    void limitedAndFullRangeBt709DecodeTheSameColour() {
        VideoColour limited = new VideoColour(VideoColour.Matrix.BT709, VideoColour.Range.LIMITED,
                VideoColour.Primaries.BT709, VideoColour.Transfer.BT709, true);
        VideoColour full = new VideoColour(VideoColour.Matrix.BT709, VideoColour.Range.FULL,
                VideoColour.Primaries.BT709, VideoColour.Transfer.BT709, true);
        // #c0392b in BT.709: Y' 0.3321, Cb -0.0881, Cr 0.2672 (computed by hand from Kr 0.2126, Kb 0.0722).
        byte[] a = new byte[3];
        new YuvToRgb(limited, 8).convert(new int[] {89}, new int[] {108}, new int[] {188}, a);
        byte[] b = new byte[3];
        new YuvToRgb(full, 10).convert(new int[] {340}, new int[] {422}, new int[] {785}, b);
        assertEquals(0xc0, a[0] & 0xff, 1);
        assertEquals(0x39, a[1] & 0xff, 1);
        assertEquals(0x2b, a[2] & 0xff, 1);
        for (int c = 0; c < 3; c++) {
            assertEquals(a[c] & 0xff, b[c] & 0xff, 1, "8-bit limited and 10-bit full range, channel " + c);
        }
    }
}
