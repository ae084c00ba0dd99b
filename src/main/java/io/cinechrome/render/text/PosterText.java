package io.cinechrome.render.text;

import io.cinechrome.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Titles and names that the shipped fonts cannot draw on an image: scripts without a glyph in Lato or Droid Sans
 * Fallback (Thai, Devanagari, ...) and right-to-left scripts (Arabic, Hebrew), which would come out as boxes or in
 * the wrong order. Such a title is left to the pages (which draw it with the system's fonts): the images show the
 * year in its place, and a director's name that cannot be drawn is left out of the credits. The build prints a
 * notice for each film concerned.
 */
public final class PosterText {

    /** What an image shows in place of a title without a year either. */
    static final String NO_TITLE = "\u00b7";

    private PosterText() {
    }

    /** One notice per film whose title or director the images cannot show, in the given order. */
    public static List<String> notices(List<CatalogEntry> films) {
        Fonts fonts = Fonts.get();
        List<String> notices = new ArrayList<>();
        for (CatalogEntry film : films) {
            if (!canDraw(film.title(), fonts)) {
                notices.add("Notice: " + film.slug() + ": the posters cannot draw the title \"" + film.title()
                        + "\" (" + scripts(film.title(), fonts) + "), so they show "
                        + film.year().stream().mapToObj(y -> "the year " + y).findFirst().orElse("no title")
                        + " instead; the pages show the title. Add a font with these letters to static/fonts/ to"
                        + " draw it.");
            }
            film.director().filter(d -> !canDraw(d, fonts)).ifPresent(director ->
                    notices.add("Notice: " + film.slug() + ": the posters cannot draw the director \"" + director
                            + "\" (" + scripts(director, fonts) + "), so the credits leave it out; the pages show"
                            + " it."));
        }
        return notices;
    }

    /** The entry as the images draw it: the same when every letter can be drawn, else with stand-ins. */
    public static CatalogEntry drawable(CatalogEntry entry) {
        Fonts fonts = Fonts.get();
        boolean title = canDraw(entry.title(), fonts);
        boolean director = entry.director().map(d -> canDraw(d, fonts)).orElse(true);
        if (title && director) {
            return entry;
        }
        String shownTitle = title ? entry.title()
                : entry.year().stream().mapToObj(Integer::toString).findFirst().orElse(NO_TITLE);
        OptionalInt shownYear = title ? entry.year() : OptionalInt.empty();
        Optional<String> shownDirector = director ? entry.director() : Optional.empty();
        return entry.withName(shownTitle, shownYear, shownDirector);
    }

    /** Whether every letter has a glyph in a shipped face and none is written right to left. */
    public static boolean canDraw(String text, Fonts fonts) {
        return text.codePoints().allMatch(cp -> drawable(cp, fonts));
    }

    private static boolean drawable(int codePoint, Fonts fonts) {
        if (Character.isWhitespace(codePoint)) {
            return true;
        }
        byte direction = Character.getDirectionality(codePoint);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return false;
        }
        for (TypeFace face : List.of(TypeFace.TITLE, TypeFace.TEXT)) {
            if (!fonts.font(fonts.faceFor(face, codePoint)).canDisplay(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /** The Unicode scripts of the letters that cannot be drawn, e.g. {@code Hebrew} or {@code Thai, Arabic}. */
    private static String scripts(String text, Fonts fonts) {
        List<String> names = new ArrayList<>();
        text.codePoints().filter(cp -> !drawable(cp, fonts)).forEach(cp -> {
            String name = Character.UnicodeScript.of(cp).name().toLowerCase(Locale.ROOT);
            String pretty = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (!names.contains(pretty)) {
                names.add(pretty);
            }
        });
        return String.join(", ", names);
    }
}
