package io.cinechrome.site;

import java.util.Locale;

/** Formats durations and times in a film the way players show them. */
public final class Clock {

    private static final int MINUTE = 60;
    private static final int HOUR = 3600;

    private Clock() {
    }

    /** {@code h:mm:ss}, always with hours: {@code 2:50:12}, {@code 0:04:05}. */
    public static String duration(double seconds) {
        long total = Math.round(Math.max(0, seconds));
        return String.format(Locale.ROOT, "%d:%02d:%02d", total / HOUR, total % HOUR / MINUTE, total % MINUTE);
    }

    /** A position in a film: {@code m:ss} below an hour, {@code h:mm:ss} from then on. */
    public static String position(double seconds) {
        long total = (long) Math.floor(Math.max(0, seconds));
        if (total < HOUR) {
            return String.format(Locale.ROOT, "%d:%02d", total / MINUTE, total % MINUTE);
        }
        return duration(total);
    }

    /** A machine-readable duration for {@code <time datetime>}: {@code PT2H50M12S}. */
    public static String iso(double seconds) {
        long total = Math.round(Math.max(0, seconds));
        return "PT" + total / HOUR + "H" + total % HOUR / MINUTE + "M" + total % MINUTE + "S";
    }
}
