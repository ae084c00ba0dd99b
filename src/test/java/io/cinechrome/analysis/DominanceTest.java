package io.cinechrome.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.List;
import org.junit.jupiter.api.Test;

class DominanceTest {

    private static Cluster cluster(String hex, double weight) {
        return new Cluster(OkLab.of(Rgb.parse(hex)), weight);
    }

    @Test
    void aGradientCutIntoSeveralShadesOutweighsOneLargerFlatRegion() {
        Cluster ground = cluster("#8b2f1c", 0.4);
        Cluster skyTop = cluster("#2f6fb0", 0.2);
        Cluster skyMiddle = cluster("#3a7cbc", 0.2);
        Cluster skyLow = cluster("#4688c6", 0.2);
        Cluster dominant = Dominance.of(List.of(ground, skyTop, skyMiddle, skyLow));
        assertTrue(List.of(skyTop, skyMiddle, skyLow).contains(dominant), "a sky shade, not the ground: " + dominant);
        assertEquals(skyTop, dominant, "equal weight around them: the first (heaviest) shade");
    }

    @Test
    void distinctColoursGoToTheHeaviest() {
        Cluster red = cluster("#c0392b", 0.5);
        Cluster teal = cluster("#16a085", 0.3);
        Cluster navy = cluster("#1f3a93", 0.2);
        assertEquals(red, Dominance.of(List.of(red, teal, navy)));
    }
}
