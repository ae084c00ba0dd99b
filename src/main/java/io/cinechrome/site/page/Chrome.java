package io.cinechrome.site.page;

/**
 * What every page shares: the site's name, the way back to the site root, and the section for the navigation.
 *
 * @param siteTitle the site's name
 * @param root      prefix from this page to the site root: {@code ./}, {@code ../../}, or the base path on 404.html
 * @param section   {@code films}, {@code directors}, {@code years}, or empty
 */
public record Chrome(String siteTitle, String root, String section) {

    public Chrome {
        Checks.text("site title", siteTitle);
        Checks.notNull("root", root);
        Checks.notNull("section", section);
        if (!root.endsWith("/")) {
            throw new IllegalArgumentException("the root prefix must end with '/': " + root);
        }
    }

    /** Whether the page belongs to the given section, for {@code aria-current} in the navigation. */
    public boolean within(String name) {
        return section.equals(name);
    }

    /** {@code dir="auto"} for a site title with right-to-left text in it, else nothing ({@link Bidi}). */
    public String siteTitleDir() {
        return Bidi.dir(siteTitle);
    }
}
