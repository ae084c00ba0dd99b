package io.cinechrome.site.page;

import java.util.List;

/**
 * The list of all directors or all years.
 *
 * @param chrome  shared page parts
 * @param head    metadata
 * @param heading "Directors" or "Years"
 * @param intro   one line under the heading
 * @param groups  the directors by name or the years in order
 */
public record GroupIndexPage(Chrome chrome, Head head, String heading, String intro, List<GroupEntry> groups)
        implements PageModel {

    public GroupIndexPage {
        Checks.notNull("chrome", chrome);
        Checks.notNull("head", head);
        Checks.text("heading", heading);
        Checks.notNull("intro", intro);
        groups = Checks.list("groups", groups);
    }
}
