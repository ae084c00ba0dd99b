package io.cinechrome.site.browse;

import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Plain-language names for colours, for alt text and screen readers: the nearest, in OKLab, of a small fixed list.
 */
public final class ColourNames {

    /** How many names a palette description lists at most. */
    public static final int DESCRIBED_COLOURS = 3;

    private record Named(String name, OkLab lab) {
        static Named of(String name, String hex) {
            return new Named(name, OkLab.of(Rgb.parse(hex)));
        }
    }

    private static final List<Named> NAMES = List.of(
            Named.of("black", "#0e0e0e"),
            Named.of("charcoal", "#333333"),
            Named.of("dark grey", "#555555"),
            Named.of("grey", "#7f7f7f"),
            Named.of("silver", "#c0c0c0"),
            Named.of("white", "#ffffff"),
            Named.of("maroon", "#5c1a1b"),
            Named.of("crimson", "#a3152a"),
            Named.of("red", "#d7261e"),
            Named.of("salmon", "#e8806b"),
            Named.of("pink", "#f29bb8"),
            Named.of("magenta", "#c2308a"),
            Named.of("rose", "#e0508c"),
            Named.of("plum", "#5e2750"),
            Named.of("purple", "#7a3aa0"),
            Named.of("dark purple", "#2e1a47"),
            Named.of("violet", "#9b4fd8"),
            Named.of("lavender", "#b3a1e0"),
            Named.of("indigo", "#352a7a"),
            Named.of("navy", "#0f1a45"),
            Named.of("deep blue", "#1d3a8a"),
            Named.of("blue", "#2f6fd0"),
            Named.of("sky blue", "#79b8e8"),
            Named.of("steel blue", "#4a6a88"),
            Named.of("slate", "#2c3a47"),
            Named.of("teal", "#1d7a78"),
            Named.of("dark teal", "#0f3b3c"),
            Named.of("turquoise", "#35c4c9"),
            Named.of("aqua", "#70e4e0"),
            Named.of("mint", "#a8e6c3"),
            Named.of("green", "#3a9a3f"),
            Named.of("forest green", "#1f4d2b"),
            Named.of("lime", "#a5d13b"),
            Named.of("olive", "#6b6b2a"),
            Named.of("khaki", "#b5a66a"),
            Named.of("yellow", "#f5dd3a"),
            Named.of("pale yellow", "#eeeea0"),
            Named.of("gold", "#d4a017"),
            Named.of("amber", "#f0a030"),
            Named.of("orange", "#ec7a1c"),
            Named.of("rust", "#a4471c"),
            Named.of("brown", "#6b4426"),
            Named.of("dark brown", "#3f2617"),
            Named.of("tan", "#c8a37a"),
            Named.of("beige", "#dccfb0"),
            Named.of("cream", "#f5edd6"),
            Named.of("peach", "#f6b98e"));

    /**
     * A direct-mapped cache of nearest names: each slot holds a colour (24 bits) and its name's position (8 bits).
     * Pages ask for the same few thousand colours many times over (chapters, palettes, alt texts).
     */
    private static final int NAME_BITS = 8;
    private static final int NAME_MASK = (1 << NAME_BITS) - 1;
    private static final int CACHE_BITS = 14;
    private static final int HASH_MULTIPLIER = 0x9E3779B1;
    private static final int EMPTY = -1;
    private static final AtomicIntegerArray NEAREST = emptyCache();

    private ColourNames() {
    }

    /** The nearest name: {@code #1b2f6e} is "deep blue". */
    public static String name(Rgb colour) {
        return NAMES.get(index(colour)).name();
    }

    private static AtomicIntegerArray emptyCache() {
        if (NAMES.size() > NAME_MASK) {
            throw new IllegalStateException("the name cache holds name positions below " + NAME_MASK);
        }
        AtomicIntegerArray cache = new AtomicIntegerArray(1 << CACHE_BITS);
        for (int i = 0; i < cache.length(); i++) {
            cache.set(i, EMPTY);
        }
        return cache;
    }

    /** Every name, in a fixed order ({@link #index} points into it). */
    public static List<String> names() {
        return NAMES.stream().map(Named::name).toList();
    }

    /** The position of the nearest name in {@link #names()}. */
    public static int index(Rgb colour) {
        int packed = colour.packed();
        int slot = Integer.hashCode(packed * HASH_MULTIPLIER) >>> (Integer.SIZE - CACHE_BITS);
        int cached = NEAREST.get(slot);
        if (cached != EMPTY && cached >>> NAME_BITS == packed) {
            return cached & NAME_MASK;
        }
        int nearest = nearest(colour);
        NEAREST.set(slot, packed << NAME_BITS | nearest);
        return nearest;
    }

    private static int nearest(Rgb colour) {
        OkLab lab = OkLab.of(colour);
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < NAMES.size(); i++) {
            double d = NAMES.get(i).lab().distanceSquared(lab);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * The main colours of a palette in words, largest share first, e.g. "mostly deep blue, teal and black".
     * Swatches of the same name count together.
     */
    public static String describe(List<Swatch> palette) {
        // Insertion order keeps the palette's order between names of equal share (the sort below is stable).
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Swatch swatch : palette) {
            shares.merge(name(swatch.colour()), swatch.share(), Double::sum);
        }
        List<String> ranked = shares.keySet().stream()
                .sorted(Comparator.comparingDouble((String n) -> -shares.get(n)))
                .limit(DESCRIBED_COLOURS)
                .toList();
        return "mostly " + joinWords(ranked);
    }

    /** "a", "a and b", "a, b and c". */
    static String joinWords(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
