package io.cinechrome.site.page;

/**
 * The page GitHub Pages shows for any missing address; its links start with the base path because it is served
 * at arbitrary depths.
 *
 * @param chrome shared page parts, with the base path as root
 * @param head   metadata
 */
public record NotFoundPage(Chrome chrome, Head head) implements PageModel {

    public NotFoundPage {
        Checks.notNull("chrome", chrome);
        Checks.notNull("head", head);
    }
}
