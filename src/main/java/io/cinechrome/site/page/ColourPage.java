package io.cinechrome.site.page;

import java.util.List;

/**
 * The films of one colour family, a static page that works without JavaScript.
 *
 * @param chrome   shared page parts
 * @param head     metadata
 * @param heading  the family's name
 * @param intro    one line, e.g. "3 films with much blue"
 * @param up       the list of all colour families
 * @param families every family with films, this one current
 * @param films    the films of this page, by title
 * @param pager    the numbered links to the other pages of the family
 */
public record ColourPage(Chrome chrome, Head head, String heading, String intro, Link up, List<FamilyChip> families,
        List<FilmCard> films, Pager pager) implements PageModel {

    public ColourPage {
        Checks.notNull("chrome", chrome);
        Checks.notNull("head", head);
        Checks.text("heading", heading);
        Checks.notNull("intro", intro);
        Checks.notNull("up link", up);
        families = Checks.list("colour families", families);
        films = Checks.list("films", films);
        Checks.notNull("pager", pager);
    }
}
