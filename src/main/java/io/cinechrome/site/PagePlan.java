package io.cinechrome.site;

import io.cinechrome.site.page.PageModel;

/**
 * A page to write: where, with which template, showing what.
 *
 * @param path     relative to the site root, '/' separated ({@code films/heat-1995/index.html})
 * @param template the template's name without {@code .html} ({@code film})
 * @param model    what the template shows, as {@code page}
 */
record PagePlan(String path, String template, PageModel model) {

    PagePlan {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("a page path must be relative to the site root: " + path);
        }
        if (template == null || !template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a template name: " + template);
        }
        if (model == null) {
            throw new IllegalArgumentException("page " + path + " needs a model");
        }
    }
}
