package io.cinechrome.site.page;

import java.util.List;

/**
 * The gallery of all films in one sort order.
 *
 * @param chrome  shared page parts
 * @param head    metadata
 * @param heading the page's heading
 * @param intro   one line under the heading ("12 films by 9 directors, 1957–2021")
 * @param sorts   the sort orders, one of them current
 * @param films   the films in this page's order
 * @param families the colour families that have films, as chips leading to their pages
 * @param decades  the decades of the films, for the filter
 * @param directors the directors, for the filter
 * @param colourData the address of the colour search's data script
 * @param pager     the numbered links to the other pages of this order
 * @param collections the library's collection folders, for the filter (empty when there are fewer than two)
 */
public record IndexPage(Chrome chrome, Head head, String heading, String intro, List<SortOption> sorts,
        List<FilmCard> films, List<FamilyChip> families, List<Choice> decades, List<Choice> directors,
        String colourData, Pager pager, List<Choice> collections) implements PageModel {

    public IndexPage {
        Checks.notNull("chrome", chrome);
        Checks.notNull("head", head);
        Checks.text("heading", heading);
        Checks.notNull("intro", intro);
        sorts = Checks.list("sort orders", sorts);
        films = Checks.list("films", films);
        families = Checks.list("colour families", families);
        decades = Checks.list("decades", decades);
        directors = Checks.list("directors", directors);
        Checks.text("colour data", colourData);
        Checks.notNull("pager", pager);
        collections = Checks.list("collections", collections);
    }
}
