package io.cinechrome.site.page;

/**
 * Which text needs {@code dir="auto"}. Text with no right-to-left letter and no bidirectional control is laid out
 * left to right either way (the pages are {@code lang="en"}, left to right), so a block showing it needs no
 * attribute; a card shows a film on some eighteen pages, so the 11 bytes of {@code  dir="auto"} twice a card are
 * 3.5 MB of a 10,000-film site.
 */
public final class Bidi {

    private Bidi() {
    }

    /** Whether the text holds a right-to-left letter (Hebrew, Arabic, ...) or an explicit direction control. */
    public static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(Bidi::rightToLeftOrControl);
    }

    private static boolean rightToLeftOrControl(int codePoint) {
        return switch (Character.getDirectionality(codePoint)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                 Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                 Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                 Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            default -> false;
        };
    }

    /**
     * The {@code dir} attribute of an element showing the text: {@code auto} when it holds right-to-left text, else
     * {@code null}, which Thymeleaf leaves out.
     */
    public static String dir(String text) {
        return hasRightToLeft(text) ? "auto" : null;
    }
}
