package io.cinechrome.site.page;

import java.util.List;

/**
 * The films of one director or one year.
 *
 * @param chrome  shared page parts
 * @param head    metadata
 * @param kicker  what the group is ("Director", "Year")
 * @param heading the director's name or the year
 * @param intro   one line, e.g. "3 films, 1995–2006"
 * @param up      the list of all directors or years
 * @param films   the films of this page, oldest first
 * @param pager   the numbered links to the other pages of the group
 */
public record GroupPage(Chrome chrome, Head head, String kicker, String heading, String intro, Link up,
        List<FilmCard> films, Pager pager) implements PageModel {

    public GroupPage {
        Checks.notNull("chrome", chrome);
        Checks.notNull("head", head);
        Checks.text("kicker", kicker);
        Checks.text("heading", heading);
        Checks.notNull("intro", intro);
        Checks.notNull("up link", up);
        films = Checks.list("films", films);
        Checks.notNull("pager", pager);
    }
}
