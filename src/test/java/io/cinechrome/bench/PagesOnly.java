package io.cinechrome.bench;

import io.cinechrome.catalog.Catalog;
import io.cinechrome.site.SiteReport;
import io.cinechrome.site.SiteSettings;
import io.cinechrome.site.SiteStage;
import java.nio.file.Path;

/**
 * The page side of {@code render} alone: loads a catalogue and runs the site stage, without drawing images. Lets
 * {@link ScaleBenchmark} measure pages at sizes where drawing every poster would take hours
 * ({@code -Dbench.pagesOnly=true}). Arguments: CATALOG SITE.
 */
public final class PagesOnly {

    private PagesOnly() {
    }

    public static void main(String[] args) {
        Catalog.Contents catalogue = new Catalog(Path.of(args[0])).load();
        System.out.println("Catalogue: " + catalogue.entries().size() + " films");
        SiteReport report = new SiteStage(SiteSettings.defaults()).generate(catalogue.entries(), Path.of(args[1]));
        System.out.println("Pages: " + report.summary());
    }
}
