package io.cinechrome.library;

import java.util.List;

/**
 * The result of scanning a library folder: the films in slug order and what needs the user's attention.
 *
 * @param films   every usable film, sorted by slug
 * @param notices warnings and skipped entries, in path order
 */
public record LibraryScan(List<LibraryFilm> films, List<Notice> notices) {

    public LibraryScan {
        films = List.copyOf(films);
        notices = List.copyOf(notices);
    }
}
