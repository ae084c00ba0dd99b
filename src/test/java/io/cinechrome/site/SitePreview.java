package io.cinechrome.site;

import java.nio.file.Path;

/** Builds the fixture gallery into a folder to look at by hand: {@code SitePreview <folder>}. */
final class SitePreview {

    private SitePreview() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "target/test-output/preview");
        SiteFixture.writeImages(site, SiteFixture.films());
        SiteReport report = new SiteStage(SiteSettings.defaults().withSiteUrl("https://example.github.io/repo/"))
                .generate(SiteFixture.films(), site);
        System.out.println(report.summary());
    }
}
