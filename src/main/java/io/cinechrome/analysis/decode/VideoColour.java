package io.cinechrome.analysis.decode;

/**
 * How a video stream's pixels are to be read as colours: what the stream says (or, untagged, what players
 * assume), and whether the analysis tone-mapped it from HDR to SDR.
 *
 * @param matrix    the YUV to RGB matrix
 * @param range     limited (16-235) or full (0-255) code values
 * @param primaries the RGB primaries the colours are relative to
 * @param transfer  how code values map to light
 * @param tagged    whether the stream named its matrix; when not, it was chosen from the picture size
 */
public record VideoColour(Matrix matrix, Range range, Primaries primaries, Transfer transfer, boolean tagged) {

    /** Pictures this tall or this wide are HD: untagged, they use BT.709 like players do; smaller ones BT.601. */
    static final int HD_LINES = 720;
    /** See {@link #HD_LINES}: a 1280 px wide scope film is HD even though it has fewer than 720 lines. */
    static final int HD_COLUMNS = 1280;

    public VideoColour {
        if (matrix == null || range == null || primaries == null || transfer == null) {
            throw new IllegalArgumentException("a colour description needs matrix, range, primaries and transfer");
        }
    }

    /** What untagged video of this picture size is taken to be, as players do. */
    static VideoColour untagged(int width, int height) {
        return new VideoColour(isHd(width, height) ? Matrix.BT709 : Matrix.BT601, Range.LIMITED, Primaries.BT709,
                Transfer.BT709, false);
    }

    static boolean isHd(int width, int height) {
        return height >= HD_LINES || width >= HD_COLUMNS;
    }

    /** Whether the source is HDR (PQ or HLG), which the analysis tone-maps to SDR. */
    public boolean hdr() {
        return transfer.hdr();
    }

    /** Whether the colours were tone-mapped from HDR to SDR (true for every HDR source). */
    public boolean toneMapped() {
        return hdr();
    }

    /** YUV to RGB matrices, with their luma coefficients of red and blue. */
    public enum Matrix {
        BT601("bt601", 0.299, 0.114),
        BT709("bt709", 0.2126, 0.0722),
        BT2020NC("bt2020nc", 0.2627, 0.0593),
        SMPTE240M("smpte240m", 0.212, 0.087),
        FCC("fcc", 0.30, 0.11);

        private final String id;
        final double kr;
        final double kb;

        Matrix(String id, double kr, double kb) {
            this.id = id;
            this.kr = kr;
            this.kb = kb;
        }

        /** Name in the catalogue. */
        public String id() {
            return id;
        }
    }

    /** Code value range. */
    public enum Range {
        LIMITED("limited"),
        FULL("full");

        private final String id;

        Range(String id) {
            this.id = id;
        }

        /** Name in the catalogue. */
        public String id() {
            return id;
        }
    }

    /** RGB primaries as CIE xy chromaticities of red, green and blue (white is D65 for all). */
    public enum Primaries {
        BT709("bt709", 0.64, 0.33, 0.30, 0.60, 0.15, 0.06),
        /** BT.601 625-line (PAL, EBU). */
        BT601_625("bt601-625", 0.64, 0.33, 0.29, 0.60, 0.15, 0.06),
        /** BT.601 525-line (NTSC, SMPTE C). */
        BT601_525("bt601-525", 0.630, 0.340, 0.310, 0.595, 0.155, 0.070),
        BT2020("bt2020", 0.708, 0.292, 0.170, 0.797, 0.131, 0.046),
        /** P3 with D65 white (Display P3). */
        P3_D65("p3-d65", 0.680, 0.320, 0.265, 0.690, 0.150, 0.060);

        private final String id;
        final double[] xy;

        Primaries(String id, double... xy) {
            this.id = id;
            this.xy = xy;
        }

        /** Name in the catalogue. */
        public String id() {
            return id;
        }
    }

    /** Transfer characteristics. SDR curves are shown as they are; PQ and HLG are HDR. */
    public enum Transfer {
        BT709("bt709", false),
        SRGB("srgb", false),
        GAMMA22("gamma22", false),
        GAMMA28("gamma28", false),
        /** SMPTE ST 2084 (HDR10, HDR10+, Dolby Vision's HDR10 base layer). */
        PQ("pq", true),
        /** ARIB STD-B67 hybrid log-gamma. */
        HLG("hlg", true);

        private final String id;
        private final boolean hdr;

        Transfer(String id, boolean hdr) {
            this.id = id;
            this.hdr = hdr;
        }

        /** Name in the catalogue. */
        public String id() {
            return id;
        }

        /** Whether this is an HDR transfer. */
        public boolean hdr() {
            return hdr;
        }
    }
}
