package io.cinechrome.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BidiTest {

    @Test
    void leftToRightAndNeutralTextNeedsNoDirection() {
        for (String text : new String[] {"Heat", "Amélie", "千と千尋の神隠し", "8½", "1995 · Michael Mann", "Ёлки", ""}) {
            assertFalse(Bidi.hasRightToLeft(text), text);
        }
    }

    @Test
    void anyRightToLeftLetterOrDirectionControlDoes() {
        for (String text : new String[] {"הסיפור של", "Heat אש", "وجدة", "1995 · عباس كيارستمي", "Heat\u202e",
            "x\u2067y\u2069", "\u200fHeat"}) {
            assertTrue(Bidi.hasRightToLeft(text), text);
        }
    }

    @Test
    void theAttributeIsWrittenOnlyWhereItChangesSomething() {
        assertNull(Bidi.dir("Heat"), "Thymeleaf leaves out an attribute whose value is null");
        assertEquals("auto", Bidi.dir("Heat אש"));
    }
}
