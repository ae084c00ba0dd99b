package io.cinechrome.library;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part or episode number in a video's file name: {@code CD1}, {@code cd.2}, {@code Part 1}, {@code pt1},
 * {@code Disc 1}, {@code (1 de 2)}, {@code 1of2}, {@code -1-} mark parts of one film; {@code S01E01},
 * {@code 1x01}, {@code E01}, {@code Episode 1}, {@code 01of13} mark episodes of a series.
 *
 * @param episode whether it is an episode of a series (else a part of a film)
 * @param season  the season (0 when the name gives none)
 * @param number  the part or episode number
 * @param stem    the name with the marker taken out, in its own spelling (e.g. the title)
 * @param key     the stem normalised for grouping: lower case, separators collapsed
 * @param strong  whether the marker can only mean a part ({@code CD2}, {@code 2of2}), unlike {@code Part 2},
 *                which may be a sequel's title
 */
record PartMarker(boolean episode, int season, int number, String stem, String key, boolean strong) {

    /** {@code NofM} with at most this many parts and no zero padding marks parts; else episodes. */
    static final int MAX_PARTS_OF = 4;
    private static final String BEFORE = "(?<=^|[\\s._\\-(\\[])";
    private static final String AFTER = "(?=$|[\\s._\\-)\\]])";
    private static final Pattern SEASON_EPISODE =
            Pattern.compile("(?i)" + BEFORE + "s(\\d{1,2})[\\s._-]?e(\\d{1,3})(?:-?e\\d{1,3})?" + AFTER);
    private static final Pattern CROSS = Pattern.compile("(?i)" + BEFORE + "(\\d{1,2})x(\\d{2,3})" + AFTER);
    private static final Pattern EPISODE =
            Pattern.compile("(?i)" + BEFORE + "(?:episode|ep|e)[\\s._-]?(\\d{1,3})" + AFTER);
    private static final Pattern OF = Pattern.compile("(?i)" + BEFORE + "\\(?(\\d{1,2})\\s*of\\s*(\\d{1,2})\\)?" + AFTER);
    private static final Pattern DE = Pattern.compile("(?i)\\(\\s*(\\d{1,2})\\s*de\\s*(\\d{1,2})\\s*\\)");
    private static final Pattern PART =
            Pattern.compile("(?i)" + BEFORE + "(?:cd|disc|disk|dvd|part|pt)[\\s._-]?(\\d{1,2})" + AFTER);
    private static final Pattern DASHES = Pattern.compile("(?<=^|[\\s._(\\[])-\\s?(\\d{1,2})\\s?-" + AFTER);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s._\\-]+");

    /** Finds the marker in a file name without its extension. */
    static Optional<PartMarker> of(String baseName) {
        Matcher m = SEASON_EPISODE.matcher(baseName);
        if (m.find()) {
            return Optional.of(marker(true, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), baseName, m));
        }
        m = CROSS.matcher(baseName);
        if (m.find()) {
            return Optional.of(marker(true, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), baseName, m));
        }
        m = OF.matcher(baseName);
        if (m.find()) {
            boolean episode = m.group(1).startsWith("0") || Integer.parseInt(m.group(2)) > MAX_PARTS_OF;
            return Optional.of(marker(episode, 0, Integer.parseInt(m.group(1)), baseName, m));
        }
        for (Pattern part : new Pattern[] {DE, PART, DASHES}) {
            m = part.matcher(baseName);
            if (m.find()) {
                boolean strong = part != PART || !m.group().toLowerCase(Locale.ROOT).startsWith("p");
                return Optional.of(marker(false, 0, Integer.parseInt(m.group(1)), baseName, m).strong(strong));
            }
        }
        m = EPISODE.matcher(baseName);
        if (m.find()) {
            return Optional.of(marker(true, 0, Integer.parseInt(m.group(1)), baseName, m));
        }
        return Optional.empty();
    }

    private static PartMarker marker(boolean episode, int season, int number, String name, Matcher m) {
        String before = name.substring(0, m.start());
        String stem = episode ? before : before + " " + name.substring(m.end());
        stem = stem.replaceAll("[\\s._\\-(\\[]+$", "").replaceAll("^[\\s._\\-)\\]]+", "").strip();
        String key = SEPARATORS.matcher(stem.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return new PartMarker(episode, season, number, stem, key, true);
    }

    private PartMarker strong(boolean value) {
        return new PartMarker(episode, season, number, stem, key, value);
    }
}
