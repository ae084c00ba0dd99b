package io.cinechrome.demo;

/**
 * One film of the demo library.
 *
 * @param name   the library name, {@code Title (Year, Director)}
 * @param loose  a loose file in the library root instead of a folder
 * @param format container, e.g. {@code mp4} or {@code matroska}
 * @param story  its colours over time
 */
record DemoFilm(String name, boolean loose, String format, ColourStory story) {

    DemoFilm {
        if (name == null || name.isBlank() || format == null || story == null) {
            throw new IllegalArgumentException("a demo film needs a name, a format and a story");
        }
    }

    /** The file extension of the container. */
    String extension() {
        return "matroska".equals(format) ? "mkv" : format;
    }
}
