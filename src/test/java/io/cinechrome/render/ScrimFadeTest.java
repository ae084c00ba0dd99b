package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scrim's bands: whole rows, a smooth ramp in steps of at most 1 % opacity, mirrored, nothing at opacity 0. */
class ScrimFadeTest {

    private static final double STEP = 0.01 + 1e-9;

    @Test
    void bandsTileTheScrimWithStepsOfAtMostOnePercent() {
        int height = 400;
        int fade = 97;
        double alpha = 0.62;
        List<ScrimFade.Step> steps = ScrimFade.steps(height, fade, alpha);
        int row = steps.get(0).top();
        double previous = 0;
        for (ScrimFade.Step step : steps) {
            assertEquals(row, step.top(), "bands follow each other without gaps");
            assertTrue(Math.abs(step.opacity() - previous) <= STEP, "a step of " + (step.opacity() - previous));
            row += step.height();
            previous = step.opacity();
        }
        assertEquals(height - steps.get(0).top(), row, "the last band ends at the scrim's bottom");
        assertTrue(previous <= STEP, "it fades out to nothing");
        ScrimFade.Step middle = steps.get(steps.size() / 2);
        assertEquals(0.62, middle.opacity());
        assertTrue(middle.top() <= fade && middle.height() >= height - 2 * fade, "the middle is one band: " + middle);
        assertTrue(steps.stream().allMatch(step -> step.opacity() <= 0.62), "nothing darker than the middle");
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).opacity() != steps.get(i - 1).opacity(), "rows of one opacity are one band");
        }
        for (int i = 0; i < steps.size(); i++) {
            ScrimFade.Step top = steps.get(i);
            ScrimFade.Step bottom = steps.get(steps.size() - 1 - i);
            assertEquals(top.opacity(), bottom.opacity(), "mirrored");
            assertEquals(height - top.top() - top.height(), bottom.top(), "mirrored");
        }
    }

    @Test
    void aShortScrimIsAllRampAndAClearOneHasNoBands() {
        List<ScrimFade.Step> steps = ScrimFade.steps(10, 97, 0.5);
        assertEquals(10, steps.stream().mapToInt(ScrimFade.Step::height).sum()
                + steps.get(0).top() * 2, "the ramp is cut to half the height each way");
        assertTrue(ScrimFade.steps(100, 20, 0.004).isEmpty(), "an opacity that rounds to 0 draws nothing");
    }
}
