package io.cinechrome.render.svg;

/** Escaping of text and attribute values for XML 1.0. */
final class Xml {

    private static final int TAB = 0x9;
    private static final int LINE_FEED = 0xA;
    private static final int CARRIAGE_RETURN = 0xD;
    private static final int FIRST_PRINTABLE = 0x20;
    private static final int LAST_BEFORE_SURROGATES = 0xD7FF;
    private static final int FIRST_AFTER_SURROGATES = 0xE000;
    private static final int LAST_OF_BASIC_PLANE = 0xFFFD;
    private static final int FIRST_SUPPLEMENTARY = 0x10000;

    private Xml() {
    }

    /**
     * Escapes {@code & < > "} and drops characters XML 1.0 forbids (control characters, lone surrogates,
     * U+FFFE/U+FFFF), so any string is safe as element text or as an attribute value in double quotes.
     * Escaping {@code >} also defuses {@code ]]>}.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    private static void append(StringBuilder out, int c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> {
                if (allowed(c)) {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    /** Whether XML 1.0 allows the character (production {@code Char}). */
    static boolean allowed(int c) {
        return c == TAB || c == LINE_FEED || c == CARRIAGE_RETURN
                || c >= FIRST_PRINTABLE && c <= LAST_BEFORE_SURROGATES
                || c >= FIRST_AFTER_SURROGATES && c <= LAST_OF_BASIC_PLANE
                || c >= FIRST_SUPPLEMENTARY;
    }
}
