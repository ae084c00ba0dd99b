package io.cinechrome.analysis;

import io.cinechrome.analysis.decode.DecodedFrame;
import java.util.List;

/**
 * Finds letterbox (top/bottom) and pillarbox (left/right) bars: rows and columns at the picture's edges that
 * stay black through nearly the whole film. A dark scene is not a bar: a row must be black in
 * {@value #BAR_FRAME_FRACTION} of the sampled frames, and bars may not cover more than half the picture.
 */
final class Letterbox {

    /** A pixel channel at or below this is black (codecs leave bars slightly noisy). */
    static final int BLACK_LEVEL = 32;
    /** Fraction of sampled frames in which a row or column must be black to be a bar. */
    static final double BAR_FRAME_FRACTION = 0.9;
    /** Bars together may not cover more than this fraction of the height or width. */
    static final double MAX_BAR_FRACTION = 0.5;
    /** Rows or columns dropped beside a bar, where scaling blends the bar into the picture. */
    static final int EDGE_MARGIN = 2;

    private Letterbox() {
    }

    /** The crop that leaves out the bars found in the frames (the whole frame when there are none). */
    static Crop detect(List<DecodedFrame> frames) {
        DecodedFrame first = frames.get(0);
        int width = first.width();
        int height = first.height();
        int[] blackRows = new int[height];
        int[] blackColumns = new int[width];
        for (DecodedFrame frame : frames) {
            countBlack(frame, blackRows, blackColumns);
        }
        int needed = (int) Math.ceil(frames.size() * BAR_FRAME_FRACTION);
        int[] vertical = bars(blackRows, needed);
        int[] horizontal = bars(blackColumns, needed);
        return new Crop(horizontal[0], vertical[0], width - horizontal[1], height - vertical[1]);
    }

    private static void countBlack(DecodedFrame frame, int[] blackRows, int[] blackColumns) {
        int width = frame.width();
        int height = frame.height();
        boolean[] columnLit = new boolean[width];
        byte[] rgb = frame.rgb();
        for (int y = 0; y < height; y++) {
            boolean rowLit = false;
            int offset = y * width * 3;
            for (int x = 0; x < width; x++) {
                int i = offset + x * 3;
                boolean lit = (rgb[i] & 0xff) > BLACK_LEVEL || (rgb[i + 1] & 0xff) > BLACK_LEVEL
                        || (rgb[i + 2] & 0xff) > BLACK_LEVEL;
                rowLit |= lit;
                columnLit[x] |= lit;
            }
            if (!rowLit) {
                blackRows[y]++;
            }
        }
        for (int x = 0; x < width; x++) {
            if (!columnLit[x]) {
                blackColumns[x]++;
            }
        }
    }

    /** Sizes of the leading and trailing bars (plus margin), or zeros when they would cover too much. */
    private static int[] bars(int[] blackCounts, int needed) {
        int n = blackCounts.length;
        int lead = 0;
        while (lead < n && blackCounts[lead] >= needed) {
            lead++;
        }
        int trail = 0;
        while (trail < n - lead && blackCounts[n - 1 - trail] >= needed) {
            trail++;
        }
        lead = lead > 0 ? lead + EDGE_MARGIN : 0;
        trail = trail > 0 ? trail + EDGE_MARGIN : 0;
        if (lead + trail > n * MAX_BAR_FRACTION) {
            return new int[] {0, 0};
        }
        return new int[] {lead, trail};
    }
}
