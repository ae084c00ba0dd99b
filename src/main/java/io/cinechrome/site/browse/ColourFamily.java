package io.cinechrome.site.browse;

import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named colour families the gallery can be browsed by. A colour falls in exactly one family, decided in
 * OKLCh (lightness, chroma, hue): very dark colours are black, colours with almost no chroma are white, grey or
 * black by lightness, pale warm colours are beige, and the rest go by hue angle, with dark oranges as brown, dark
 * yellows as olive and light reds as pink. A film belongs to a family when at least {@link #MIN_SHARE} of its
 * palette falls in it, so a film can be in several families.
 */
public enum ColourFamily {
    RED("Red", "#d7261e"),
    ORANGE("Orange", "#ec7a1c"),
    YELLOW("Yellow", "#f5dd3a"),
    OLIVE("Olive", "#6b6b2a"),
    GREEN("Green", "#3a9a3f"),
    TEAL("Teal", "#1d7a78"),
    BLUE("Blue", "#2f6fd0"),
    PURPLE("Purple", "#7a3aa0"),
    PINK("Pink", "#e060a8"),
    BROWN("Brown", "#6b4426"),
    BEIGE("Beige", "#dccfb0"),
    WHITE("White", "#f4f4f4"),
    GREY("Grey", "#7f7f7f"),
    BLACK("Black", "#101010");

    /** The share of a film's palette that must fall in a family for the film to belong to it. */
    public static final double MIN_SHARE = 0.12;
    /**
     * Black, grey and white need more: nearly every film has 12% of shadows, and a family holding every film
     * filters nothing. A film is in "Black" when black is a real part of its look.
     */
    public static final double NEUTRAL_MIN_SHARE = 0.3;
    /** Below this lightness every colour reads as black, whatever its hue. */
    static final double BLACK_MAX_LIGHTNESS = 0.22;
    /** Below this chroma a colour is neutral: black, grey or white. */
    static final double NEUTRAL_MAX_CHROMA = 0.035;
    /** Neutral colours below this lightness are black. */
    static final double NEUTRAL_BLACK_MAX_LIGHTNESS = 0.3;
    /** Neutral colours from this lightness up are white. */
    static final double WHITE_MIN_LIGHTNESS = 0.9;
    /** Warm colours paler than this chroma and lighter than {@link #BEIGE_MIN_LIGHTNESS} are beige. */
    static final double BEIGE_MAX_CHROMA = 0.075;
    static final double BEIGE_MIN_LIGHTNESS = 0.7;
    /** Oranges and yellows darker than this are brown and olive. */
    static final double DARK_WARM_MAX_LIGHTNESS = 0.6;
    /** Reds lighter than this are pink (salmon, peach-pink). */
    static final double PINK_MIN_LIGHTNESS = 0.72;
    /** Pinks darker than this are purple (plum). */
    static final double DARK_PINK_MAX_LIGHTNESS = 0.5;

    /** Hue angles (OKLab degrees) where one hue band ends and the next begins. */
    static final double RED_FROM = 5;
    static final double ORANGE_FROM = 40;
    static final double YELLOW_FROM = 80;
    static final double GREEN_FROM = 120;
    static final double TEAL_FROM = 170;
    static final double BLUE_FROM = 225;
    static final double PURPLE_FROM = 285;
    static final double PINK_FROM = 325;

    private final String label;
    private final String hex;

    ColourFamily(String label, String hex) {
        this.label = label;
        this.hex = hex;
    }

    /** The visible name, e.g. "Blue". */
    public String label() {
        return label;
    }

    /** The URL part and filter key, e.g. {@code blue}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A typical colour of the family, for its chip. */
    public Rgb sample() {
        return Rgb.parse(hex);
    }

    /** The family of one colour. */
    public static ColourFamily of(Rgb colour) {
        return of(OkLab.of(colour));
    }

    /** The family of one colour. */
    public static ColourFamily of(OkLab lab) {
        double l = lab.l();
        double chroma = lab.chroma();
        if (l < BLACK_MAX_LIGHTNESS) {
            return BLACK;
        }
        if (chroma < NEUTRAL_MAX_CHROMA) {
            return l < NEUTRAL_BLACK_MAX_LIGHTNESS ? BLACK : l >= WHITE_MIN_LIGHTNESS ? WHITE : GREY;
        }
        double hue = lab.hueDegrees();
        boolean warm = hue >= ORANGE_FROM && hue < GREEN_FROM;
        if (warm && chroma < BEIGE_MAX_CHROMA && l >= BEIGE_MIN_LIGHTNESS) {
            return BEIGE;
        }
        if (hue >= PINK_FROM || hue < RED_FROM) {
            return l < DARK_PINK_MAX_LIGHTNESS ? PURPLE : PINK;
        }
        if (hue < ORANGE_FROM) {
            return l >= PINK_MIN_LIGHTNESS ? PINK : RED;
        }
        if (hue < YELLOW_FROM) {
            return l < DARK_WARM_MAX_LIGHTNESS ? BROWN : ORANGE;
        }
        if (hue < GREEN_FROM) {
            return l < DARK_WARM_MAX_LIGHTNESS ? OLIVE : YELLOW;
        }
        if (hue < TEAL_FROM) {
            return GREEN;
        }
        if (hue < BLUE_FROM) {
            return TEAL;
        }
        if (hue < PURPLE_FROM) {
            return BLUE;
        }
        return PURPLE;
    }

    /** How much of a palette falls in each family (families with nothing are absent). */
    public static Map<ColourFamily, Double> shares(List<Swatch> palette) {
        Map<ColourFamily, Double> shares = new EnumMap<>(ColourFamily.class);
        for (Swatch swatch : palette) {
            shares.merge(of(swatch.colour()), swatch.share(), Double::sum);
        }
        return shares;
    }

    /** The families a palette belongs to, in the enum's order. */
    public static List<ColourFamily> of(List<Swatch> palette) {
        Map<ColourFamily, Double> shares = shares(palette);
        return shares.entrySet().stream().filter(e -> e.getValue() >= e.getKey().minShare())
                .map(Map.Entry::getKey).toList();
    }

    /** The share of a palette that must fall in this family for the film to belong to it. */
    public double minShare() {
        return this == BLACK || this == GREY || this == WHITE ? NEUTRAL_MIN_SHARE : MIN_SHARE;
    }
}
