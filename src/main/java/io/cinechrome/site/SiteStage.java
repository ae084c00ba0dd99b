package io.cinechrome.site;

import io.cinechrome.Interruption;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.Downloads;
import io.cinechrome.site.browse.SimilarMemory;
import io.cinechrome.site.page.PageModel;
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
 *
 * <p>It scales to large galleries: the index and every list of films are cut into static pages of
 * {@link Paging#PAGE_SIZE} with numbered links, pages are written one by one as they are made (never all held in
 * memory), and a page whose model is unchanged since the last run (see {@link PageStamps}) is not rendered again.
 * Film pages, palette files and the pages of lists are known unchanged before their models are made, by what they
 * are made from (the entries of the films they show, a film's neighbours and similar films, the settings, templates
 * and code; see {@link EntryStamps}). When nothing the site is made from changed at all ({@link RunInputs}), not even the pages
 * are planned. A stop request ({@link Interruption}) ends the stage between two files, leaving no stamps behind.
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
        SiteWriter writer = new SiteWriter(siteDir);
        List<SiteFile> assets = StaticAssets.load(settings.staticDir());
        EntryStamps entries = new EntryStamps(films);
        String code = RunInputs.code();
        String run = RunInputs.of(code, films, entries, settings, templates.fingerprint(), assets);
        if (writer.sameAsLastRun(run)) {
            return new SiteReport(siteDir, films.size(), 0, writer.outcome().unchanged(), List.of());
        }
        Gallery gallery = new Gallery(List.copyOf(films));
        Set<String> generated = new HashSet<>();
        SimilarMemory similar = SimilarMemory.load(writer.root());
        PageModels models = new PageModels(settings, gallery, similar, entries);
        String pagesKey = "pages=" + PageStamps.PAGES_VERSION + "\ntemplates=" + templates.fingerprint()
                + "\nsettings=" + settings.title() + "\n" + settings.basePath() + "\n" + settings.siteUrl() + "\n";
        models.each(page -> {
            Interruption.check();
            generated.add(page.path());
            write(writer, page, pagesKey, code);
        });
        similar.save();
        // The two big data files are written one by one, so only one is in memory at a time.
        write(writer, generated, FilmsJson.of(settings, gallery.byTitle()));
        write(writer, generated, FilmsJson.colourData(gallery));
        List<SiteFile> data = new ArrayList<>();
        if (settings.hasSiteUrl()) {
            data.addAll(Sitemap.of(settings, models.addresses()));
        }
        data.add(Sitemap.robots(settings));
        data.add(SiteFile.text(NO_JEKYLL, ""));
        for (SiteFile file : data) {
            write(writer, generated, file);
        }
        for (CatalogEntry film : gallery.byTitle()) {
            Interruption.check();
            generated.addAll(writeExports(writer, film, settings.downloads(),
                    PageStamps.of(code + "\nexports\n" + entries.of(film))));
        }
        checkAssets(assets, generated);
        for (WebFonts.Subset font : WebFonts.subsets(assets, gallery.byTitle(), settings.title())) {
            writeSubset(writer, font);
        }
        for (SiteFile asset : assets) {
            if (!WebFonts.POSTER_FONTS.contains(asset.path())) {
                writer.write(asset);
            }
        }
        List<String> removed = writer.removeStale();
        writer.saveStamps(run);
        SiteWriter.Outcome outcome = writer.outcome();
        return new SiteReport(siteDir, films.size(), outcome.written(), outcome.unchanged(), removed);
    }

    /** Writes a file that is not a page, counting it as generated. */
    private static void write(SiteWriter writer, Set<String> generated, SiteFile file) {
        generated.add(file.path());
        writer.write(file);
    }

    /**
     * Writes a page unless it is known unchanged: by its inputs where the plan tells them (the model is then not
     * even made), otherwise by its model.
     */
    private void write(SiteWriter writer, PagePlan page, String pagesKey, String code) {
        String made = pagesKey + page.path() + "\n" + page.template() + "\n";
        if (page.inputs().isEmpty()) {
            PageModel model = page.model().get();
            writer.write(page.path(), PageStamps.of(made + model), () -> templates.renderBytes(page.template(), model));
            return;
        }
        String inputs = PageStamps.of(code + "\n" + made + page.inputs());
        if (!writer.keep(page.path(), inputs)) {
            PageModel model = page.model().get();
            writer.write(page.path(), inputs, PageStamps.of(made + model),
                    () -> templates.renderBytes(page.template(), model));
        }
    }

    /** Writes a film's palette files unless they are known unchanged by their {@code inputs}; returns their paths. */
    private static List<String> writeExports(SiteWriter writer, CatalogEntry film, Downloads downloads,
                                             String inputs) {
        List<String> paths = PaletteExports.paths(film, downloads);
        if (paths.stream().allMatch(path -> writer.keep(path, inputs))) {
            return paths;
        }
        for (SiteFile export : PaletteExports.of(film, downloads)) {
            if (!writer.kept(export.path())) {
                writer.write(export.path(), inputs, PageStamps.of(export.content()), export::content);
            }
        }
        return paths;
    }

    /** Cuts a font only when its letters or the font changed since the last run (about 0.1 s each). */
    private static void writeSubset(SiteWriter writer, WebFonts.Subset font) {
        String inputs = PageStamps.of(font.inputs());
        if (!writer.keep(font.path(), inputs)) {
            byte[] subset = font.cut();
            writer.write(font.path(), inputs, PageStamps.of(subset), () -> subset);
        }
    }

    private void checkAssets(List<SiteFile> assets, Set<String> generated) {
        for (SiteFile asset : assets) {
            if (generated.contains(asset.path())) {
                throw new IllegalArgumentException("the static file " + asset.path() + " has the name of a generated"
                        + " file: rename or remove it from " + settings.staticDir());
            }
            if (asset.path().startsWith("img/") || SiteWriter.MANAGED_FOLDERS.stream()
                    .anyMatch(folder -> asset.path().startsWith(folder + "/"))) {
                throw new IllegalArgumentException("the static file " + asset.path() + " is in a folder the"
                        + " gallery manages (img/, films/, directors/, years/, colours/, collections/): move it elsewhere in "
                        + settings.staticDir());
            }
        }
    }
}
