package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last stage: turns the catalogue into a static HTML gallery in a site folder, ready for GitHub Pages.
 *
 * <p>It writes the index (by title, by year, by director), one page per film, director and year, a 404 page,
 * {@code data/films.json}, the colour search's {@code data/colours.js}, one page per colour family in
 * {@code colours/}, each film's palette exports next to its page, {@code sitemap.xml} (when the site URL is known), {@code robots.txt},
 * {@code .nojekyll}, and copies the static files. The film images in {@code img/} are the render stage's: pages
 * link to them, this stage never writes or deletes them. The output depends only on the films and the settings,
 * so building twice gives byte-identical files; unchanged files are not rewritten.
 */
public final class SiteStage {

    /** Tells GitHub Pages to serve the files as they are, without Jekyll. */
    static final String NO_JEKYLL = ".nojekyll";

    private final SiteSettings settings;
    private final ThymeleafPages templates;

    /** A stage with these settings; templates are read once, here. */
    public SiteStage(SiteSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("site settings are required (use SiteSettings.defaults())");
        }
        this.settings = settings;
        this.templates = new ThymeleafPages(settings.templatesDir());
    }

    /**
     * Writes the site for these films into {@code siteDir}, creating it when needed, and removes the pages of films,
     * directors and years no longer in the catalogue.
     *
     * @param films   every film of the catalogue, in any order; slugs must be unique
     * @param siteDir the site root, e.g. {@code ./site}
     * @return what was written and removed
     */
    public SiteReport generate(List<CatalogEntry> films, Path siteDir) {
        Gallery gallery = new Gallery(List.copyOf(films));
        List<SiteFile> files = files(gallery);
        SiteWriter writer = new SiteWriter(siteDir);
        SiteWriter.Outcome outcome = writer.write(files);
        List<String> removed = writer.removeStale(files);
        return new SiteReport(siteDir, films.size(), outcome.written(), outcome.unchanged(), removed);
    }

    private List<SiteFile> files(Gallery gallery) {
        PageModels models = new PageModels(settings, gallery);
        List<SiteFile> files = new ArrayList<>();
        for (PagePlan page : models.all()) {
            files.add(new SiteFile(page.path(), templates.renderBytes(page.template(), page.model())));
        }
        files.add(FilmsJson.of(settings, gallery.byTitle()));
        files.add(FilmsJson.colourData(gallery.byTitle(), gallery.profiles()));
        for (CatalogEntry film : gallery.byTitle()) {
            files.addAll(PaletteExports.of(film));
        }
        if (settings.hasSiteUrl()) {
            files.add(Sitemap.of(settings, models.addresses()));
        }
        files.add(Sitemap.robots(settings));
        files.add(SiteFile.text(NO_JEKYLL, ""));
        addStatic(files);
        WebFonts.fallbackSubset(files, gallery.byTitle(), settings.title()).ifPresent(files::add);
        return List.copyOf(files);
    }

    private void addStatic(List<SiteFile> files) {
        Set<String> generated = new HashSet<>();
        files.forEach(f -> generated.add(f.path()));
        for (SiteFile asset : StaticAssets.load(settings.staticDir())) {
            if (generated.contains(asset.path())) {
                throw new IllegalArgumentException("the static file " + asset.path() + " has the name of a generated"
                        + " file: rename or remove it from " + settings.staticDir());
            }
            if (asset.path().startsWith("img/") || SiteWriter.MANAGED_FOLDERS.stream()
                    .anyMatch(folder -> asset.path().startsWith(folder + "/"))) {
                throw new IllegalArgumentException("the static file " + asset.path() + " is in a folder the"
                        + " gallery manages (img/, films/, directors/, years/, colours/): move it elsewhere in "
                        + settings.staticDir());
            }
            files.add(asset);
        }
    }
}
