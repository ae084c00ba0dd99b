package io.cinechrome.site;

import io.cinechrome.site.page.PageModel;
import java.util.function.Supplier;

/**
 * A page to write: where, with which template, showing what.
 *
 * @param path     relative to the site root, '/' separated ({@code films/heat-1995/index.html})
 * @param template the template's name without {@code .html} ({@code film})
 * @param inputs   what the model is made from, when that is cheaper to tell than making the model (a film page:
 *                 its film, neighbours and similar films); empty when only the model itself can tell
 * @param model    makes what the template shows, as {@code page}; asked for only when the page may have changed
 */
record PagePlan(String path, String template, String inputs, Supplier<PageModel> model) {

    PagePlan {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("a page path must be relative to the site root: " + path);
        }
        if (template == null || !template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a template name: " + template);
        }
        if (inputs == null || model == null) {
            throw new IllegalArgumentException("page " + path + " needs its inputs and a model");
        }
    }

    /** A page whose model is made now; only the model tells whether it changed. */
    static PagePlan of(String path, String template, PageModel model) {
        if (model == null) {
            throw new IllegalArgumentException("page " + path + " needs a model");
        }
        return new PagePlan(path, template, "", () -> model);
    }
}
