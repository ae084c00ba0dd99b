package io.cinechrome.importer;

import java.util.List;

/**
 * What one imported file gave: the films to import, the films it lists without a palette (reported, not
 * imported), and its films that cannot be imported (reported as failures).
 *
 * @param films          the films to import, in file order
 * @param withoutPalette one line per film without a palette: its title and the notebook's status
 * @param broken         one line per film whose data is unusable, with the reason
 */
record Reading(List<Candidate> films, List<String> withoutPalette, List<String> broken) {

    Reading {
        films = List.copyOf(films);
        withoutPalette = List.copyOf(withoutPalette);
        broken = List.copyOf(broken);
    }
}
