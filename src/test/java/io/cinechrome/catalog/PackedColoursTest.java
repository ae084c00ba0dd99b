package io.cinechrome.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackedColoursTest {

    private static List<Rgb> colours(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Rgb> colours = new ArrayList<>();
        colours.add(new Rgb(0, 0, 0));
        colours.add(new Rgb(255, 255, 255));
        colours.add(new Rgb(1, 16, 254));
        for (int i = 0; i < count; i++) {
            colours.add(new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        }
        return colours;
    }

    @Test
    void readsAsAnyListOfTheSameColours() {
        List<Rgb> plain = List.copyOf(colours(7, 1000));
        List<Rgb> packed = PackedColours.copyOf(plain);
        assertEquals(plain, packed);
        assertEquals(packed, plain);
        assertEquals(plain.hashCode(), packed.hashCode());
    }

    @Test
    void packedListsAreEqualOnlyWithTheSameColoursInTheSameOrder() {
        List<Rgb> some = colours(7, 100);
        assertEquals(PackedColours.copyOf(some), PackedColours.copyOf(new ArrayList<>(some)));
        List<Rgb> changed = new ArrayList<>(some);
        changed.set(50, new Rgb(changed.get(50).packed() >> 16 & 0xff, 0, 1));
        assertNotEquals(PackedColours.copyOf(some), PackedColours.copyOf(changed));
        assertNotEquals(PackedColours.copyOf(some), PackedColours.copyOf(some.subList(0, 99)));
    }

    @Test
    void itsTextIsShortAndTellsTheColoursApart() {
        List<Rgb> some = colours(7, 1080);
        String text = PackedColours.copyOf(some).toString();
        assertTrue(text.matches("\\[" + some.size() + " colours, sha256 [0-9a-f]{64}]"), text);
        assertEquals(text, PackedColours.copyOf(new ArrayList<>(some)).toString());
        List<Rgb> changed = new ArrayList<>(some);
        changed.set(some.size() - 1, new Rgb(changed.get(some.size() - 1).packed() >> 16 & 0xff, 0, 1));
        assertNotEquals(text, PackedColours.copyOf(changed).toString());
        assertNotEquals(text, PackedColours.copyOf(some.subList(0, some.size() - 1)).toString());
        assertEquals("[0 colours, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855]",
                PackedColours.copyOf(List.of()).toString(), "SHA-256 of nothing");
    }
}
