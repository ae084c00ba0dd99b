package io.cinechrome.site.page;

import java.util.List;

/** Shared checks of the page records' compact constructors. */
final class Checks {

    private Checks() {
    }

    static void notNull(String what, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null (use an empty value when absent)");
        }
    }

    static void text(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }

    static <T> List<T> list(String what, List<T> values) {
        notNull(what, values);
        return List.copyOf(values);
    }
}
