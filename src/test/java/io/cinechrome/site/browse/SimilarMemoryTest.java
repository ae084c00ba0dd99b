package io.cinechrome.site.browse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.WeightedLab;
import io.cinechrome.files.StateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Similar films remembered between runs give the answer of a full search, for much less work; the memory is
 * deflated on disk, and a plain one of an earlier version is still used.
 */
class SimilarMemoryTest {

    private static final int FILMS = 400;

    @TempDir
    Path site;

    @Test
    void aRerunMeasuresNothingAndGivesTheSameLists() {
        TreeMap<String, List<WeightedLab>> films = randomFilms(new Random(5), FILMS);
        Run first = run(films);
        assertTrue(first.measured() > FILMS, "the first run searches: " + first.measured());
        Run again = run(films);
        assertEquals(first.lists(), again.lists());
        assertEquals(0, again.measured(), "nothing changed, nothing measured");
        SimilarFilms fresh = new SimilarFilms(List.copyOf(films.values()));
        assertEquals(first.lists(), all(fresh, films.size()));
        int measured = fresh.pairsMeasured();
        assertEquals(first.lists(), all(fresh, films.size()), "asked again, the same answers");
        assertEquals(measured, fresh.pairsMeasured(), "asked again, nothing measured again");
    }

    @Test
    void changedAddedAndRemovedFilmsGiveTheAnswerOfAFullSearch() {
        Random random = new Random(9);
        TreeMap<String, List<WeightedLab>> films = randomFilms(random, FILMS);
        run(films);
        for (int round = 0; round < 4; round++) {
            List<String> names = new ArrayList<>(films.keySet());
            films.put(names.get(random.nextInt(names.size())), ColourBrowsingTest.randomPalette(random));
            films.remove(names.get(random.nextInt(names.size())));
            films.put("new-" + round + "-" + random.nextInt(1000), ColourBrowsingTest.randomPalette(random));
            List<String> now = new ArrayList<>(films.keySet());
            films.put("twin-" + round, films.get(now.get(random.nextInt(now.size()))));

            Run remembered = run(films);
            SimilarFilms fresh = new SimilarFilms(List.copyOf(films.values()));
            assertEquals(all(fresh, films.size()), remembered.lists(), "round " + round);
            assertTrue(remembered.measured() * 4 < fresh.pairsMeasured(), "round " + round + ": "
                    + remembered.measured() + " pairs measured with the memory, " + fresh.pairsMeasured()
                    + " without");
        }
    }

    @Test
    void findingAllAtOnceOnEveryCoreGivesTheListsAndMemoryOfAskingOneByOne(@TempDir Path other) throws IOException {
        Random random = new Random(17);
        TreeMap<String, List<WeightedLab>> films = randomFilms(random, FILMS);
        for (int round = 0; round < 2; round++) {
            Run oneByOne = run(films);
            SimilarMemory memory = SimilarMemory.load(other);
            SimilarFilms similar = new SimilarFilms(List.copyOf(films.keySet()), List.copyOf(films.values()), memory);
            similar.findAll();
            int measured = similar.pairsMeasured();
            assertEquals(oneByOne.lists(), all(similar, films.size()), "round " + round);
            assertEquals(measured, similar.pairsMeasured(), "round " + round + ": all found at once");
            assertEquals(oneByOne.measured(), measured, "round " + round + ": the same pairs measured");
            memory.save();
            assertArrayEquals(Files.readAllBytes(site.resolve(SimilarMemory.FILE)),
                    Files.readAllBytes(other.resolve(SimilarMemory.FILE)), "round " + round);
            films.put("film-0007", ColourBrowsingTest.randomPalette(random));
            films.put("new-film", ColourBrowsingTest.randomPalette(random));
        }
    }

    @Test
    void aDamagedOrOlderMemoryIsIgnored() throws IOException {
        TreeMap<String, List<WeightedLab>> films = randomFilms(new Random(13), 60);
        Run first = run(films);
        Path file = site.resolve(SimilarMemory.FILE);
        StateFile.write(file, StateFile.read(file).replace("\t0.", "\tx."));
        Run damaged = run(films);
        assertEquals(first.lists(), damaged.lists());
        assertEquals(first.measured(), damaged.measured(), "searched again");
        StateFile.write(file, StateFile.read(file).replaceFirst("similar [0-9]+", "similar 0"));
        assertEquals(first.measured(), run(films).measured(), "an older memory is not trusted");
    }

    @Test
    void theMemoryIsDeflatedToAThirdOfItsText() throws IOException {
        run(randomFilms(new Random(21), FILMS));
        byte[] bytes = Files.readAllBytes(site.resolve(SimilarMemory.FILE));
        String text = StateFile.read(site.resolve(SimilarMemory.FILE));
        assertEquals(0x78, bytes[0] & 0xff, "a zlib header");
        assertTrue(text.startsWith("cinechrome-similar " + SimilarMemory.VERSION + " "), text.lines().findFirst()
                .orElse(""));
        assertEquals(FILMS + 1, text.lines().count());
        assertTrue(bytes.length * 2 < text.length(), bytes.length + " bytes for " + text.length());
    }

    @Test
    void aPlainTextMemoryOfAnEarlierVersionIsUsedAndWrittenBackDeflated() throws IOException {
        TreeMap<String, List<WeightedLab>> films = randomFilms(new Random(23), FILMS);
        Run first = run(films);
        Path file = site.resolve(SimilarMemory.FILE);
        byte[] deflated = Files.readAllBytes(file);
        Files.writeString(file, StateFile.read(file));
        Run again = run(films);
        assertEquals(first.lists(), again.lists());
        assertEquals(0, again.measured(), "the plain memory is trusted like a deflated one");
        assertArrayEquals(deflated, Files.readAllBytes(file));
    }

    @Test
    void aCutOrDamagedDeflatedMemoryOnlyMeansSearchingAgain() throws IOException {
        TreeMap<String, List<WeightedLab>> films = randomFilms(new Random(29), 60);
        Run first = run(films);
        Path file = site.resolve(SimilarMemory.FILE);
        byte[] whole = Files.readAllBytes(file);
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x55;
        for (byte[] damaged : new byte[][] {Arrays.copyOf(whole, whole.length / 2), flipped, new byte[0]}) {
            Files.write(file, damaged);
            Run again = run(films);
            assertEquals(first.lists(), again.lists());
            assertEquals(first.measured(), again.measured(), damaged.length + " bytes: searched again");
            assertArrayEquals(whole, Files.readAllBytes(file), "written anew");
        }
    }

    /** What one run found and how many pairs it measured. */
    private record Run(List<List<Integer>> lists, int measured) {
    }

    private Run run(TreeMap<String, List<WeightedLab>> films) {
        SimilarMemory memory = SimilarMemory.load(site);
        SimilarFilms similar = new SimilarFilms(List.copyOf(films.keySet()), List.copyOf(films.values()), memory);
        List<List<Integer>> lists = all(similar, films.size());
        memory.save();
        return new Run(lists, similar.pairsMeasured());
    }

    private static List<List<Integer>> all(SimilarFilms similar, int count) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lists.add(similar.of(i));
        }
        return lists;
    }

    private static TreeMap<String, List<WeightedLab>> randomFilms(Random random, int count) {
        TreeMap<String, List<WeightedLab>> films = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            films.put(String.format("film-%04d", i), ColourBrowsingTest.randomPalette(random));
        }
        return films;
    }
}
