package io.cinechrome.site.page;

/**
 * A colour family as a chip: a link to the family's page that the index's script turns into an in-place filter.
 *
 * @param key     the family's slug, e.g. {@code blue}, matching the cards' {@code data-families}
 * @param href    relative address of the family's page
 * @param label   the visible name, e.g. "Blue"
 * @param hex     a typical colour of the family, {@code #rrggbb}, for the chip's dot
 * @param count   e.g. "3 films"
 * @param current whether the page shows this family
 */
public record FamilyChip(String key, String href, String label, String hex, String count, boolean current) {

    public FamilyChip {
        Checks.text("family key", key);
        Checks.text("family address", href);
        Checks.text("family label", label);
        Checks.text("family colour", hex);
        Checks.text("film count", count);
    }

    /** The inline style painting the chip's dot. */
    public String background() {
        return "background-color:" + hex;
    }
}
