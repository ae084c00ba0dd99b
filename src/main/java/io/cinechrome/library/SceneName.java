package io.cinechrome.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads scene-release file names: {@code Dead.Man.1995.1080p.BluRay.x264-GROUP} gives "Dead Man", 1995. Dots
 * and underscores become spaces; the title ends at the year (the first one followed by a release tag or ending
 * the name) or else at the first tag; resolution, source, codec, audio, language, edition and group tags are dropped.
 */
final class SceneName {

    /** Release tags, matched against one word of the name. */
    private static final Pattern TAG = Pattern.compile("(?i)("
            + "\\d{3,4}[pi]|4k|uhd|fhd|\\d{3,4}x\\d{3,4}"
            + "|blu-?ray|bd-?rip|br-?rip|bdremux|remux|web-?dl|web-?rip|hdtv|pdtv|dvd|dvd-?rip|dvd-?r|dvd5|dvd9"
            + "|dvdscr|hd-?rip|hd-?dvd|vhs-?rip|tv-?rip|amzn|hmax|dsnp"
            + "|x26[45]|h\\.?26[45]|hevc|avc|xvid|divx|vp9|av1|mpeg2|10-?bit|8-?bit|hdr10|sdr"
            + "|aac\\d?(\\.\\d)?|ac3|eac3|dd\\+?\\d(\\.\\d)?|ddp\\d?(\\.\\d)?|dts(-?hd)?|truehd|atmos|flac|mp3"
            + "|[257]\\.1|5ch|6ch"
            + "|multi|multisubs|dubbed|subbed|vostfr|vost|truefrench|swesub|legendado"
            + "|repack|rerip|unrated|remastered|internal"
            + "|yify|yts|yts\\.\\w+|rarbg|ettv|eztv"
            + ")");
    private static final Pattern YEAR = Pattern.compile("\\(?\\[?(\\d{4})]?\\)?");
    /** A release group after the last tag: {@code x264-GROUP}. */
    private static final Pattern GROUP = Pattern.compile("-[A-Za-z0-9]+$");
    private static final Pattern SEPARATORS = Pattern.compile("[._\\s]+");

    private SceneName() {
    }

    /**
     * Reads a scene-release name.
     *
     * @return the title and year, or empty when the name has no release tag and no year after its first word
     */
    static Optional<FilmName> parse(String baseName) {
        String spaced = baseName.contains(" ") && !baseName.contains(".") ? baseName
                : SEPARATORS.matcher(baseName).replaceAll(" ");
        List<String> words = new ArrayList<>(List.of(spaced.strip().split(" ")));
        int firstTag = firstTag(words);
        if (firstTag < words.size()) {
            dropGroup(words);
        }
        int year = yearBeforeTags(words);
        int titleEnd = year >= 0 ? year : firstTag;
        if (titleEnd <= 0 || (year < 0 && firstTag == words.size())) {
            return Optional.empty();
        }
        String title = String.join(" ", words.subList(0, titleEnd)).replaceAll("[\\s\\-(\\[]+$", "");
        if (title.isBlank()) {
            return Optional.empty();
        }
        OptionalInt value = year >= 0 ? OptionalInt.of(Integer.parseInt(yearDigits(words.get(year))))
                : OptionalInt.empty();
        return Optional.of(new FilmName(title, value, Optional.empty()));
    }

    private static int firstTag(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (isTag(words.get(i))) {
                return i;
            }
        }
        return words.size();
    }

    private static void dropGroup(List<String> words) {
        int last = words.size() - 1;
        String word = words.get(last);
        String stripped = GROUP.matcher(word).replaceFirst("");
        if (!stripped.equals(word) && TAG.matcher(stripped).matches()) {
            words.set(last, stripped);
        }
    }

    /**
     * The first plausible year followed by a tag or ending the name, never the first word (a title "1917"):
     * {@code Blade.Runner.2049.2017.1080p} gives 2017.
     */
    private static int yearBeforeTags(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String digits = yearDigits(words.get(i));
            boolean tagOrEnd = i == words.size() - 1 || isTag(words.get(i + 1));
            if (!digits.isEmpty() && FilmName.plausible(digits) && tagOrEnd) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTag(String word) {
        int dash = word.indexOf('-');
        return TAG.matcher(word).matches() || dash > 0 && TAG.matcher(word.substring(0, dash)).matches();
    }

    private static String yearDigits(String word) {
        var m = YEAR.matcher(word);
        return m.matches() ? m.group(1) : "";
    }
}
