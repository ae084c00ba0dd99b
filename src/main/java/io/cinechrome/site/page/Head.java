package io.cinechrome.site.page;

/**
 * A page's {@code <head>} metadata: title, description, robots, and the social-preview tags.
 *
 * @param title       the document title
 * @param description one or two sentences for search results and previews
 * @param robots      the robots meta tag, e.g. {@code index, follow}
 * @param canonical   the page's absolute URL, or empty when the site URL is unknown
 * @param ogType      {@code website} or {@code video.movie}
 * @param image       the absolute URL of the 1200x630 preview image, or empty
 * @param imageAlt    what the preview image shows, or empty
 */
public record Head(String title, String description, String robots, String canonical, String ogType, String image,
        String imageAlt) {

    /** What crawlers do with a page that does not say (index it, follow its links), so such a page needs no tag. */
    public static final String CRAWLER_DEFAULT = "index, follow";

    public Head {
        Checks.text("page title", title);
        Checks.text("description", description);
        Checks.text("robots", robots);
        Checks.notNull("canonical URL", canonical);
        Checks.text("Open Graph type", ogType);
        Checks.notNull("preview image", image);
        Checks.notNull("preview image alt", imageAlt);
    }

    /** Whether the page tells crawlers anything but {@link #CRAWLER_DEFAULT}, in a robots meta tag. */
    public boolean hasRobots() {
        return !robots.equals(CRAWLER_DEFAULT);
    }

    /** Whether the absolute URL of the page is known. */
    public boolean hasCanonical() {
        return !canonical.isEmpty();
    }

    /** Whether there is a preview image (then the large Twitter card is used). */
    public boolean hasImage() {
        return !image.isEmpty();
    }
}
