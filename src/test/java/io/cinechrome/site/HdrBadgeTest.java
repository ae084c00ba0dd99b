package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.decode.VideoColour;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.testing.Entries;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HdrBadgeTest {

    @Test
    void hdrFilmsShowABadgeAndSdrFilmsDoNot(@TempDir Path site) throws Exception {
        CatalogEntry sdr = Entries.heat();
        CatalogEntry e = Entries.hostile();
        CatalogEntry hlg = e.withColour(new VideoColour(VideoColour.Matrix.BT2020NC, VideoColour.Range.LIMITED,
                        VideoColour.Primaries.BT2020, VideoColour.Transfer.HLG, true));
        List<CatalogEntry> films = List.of(sdr, hlg);
        SiteFixture.writeImages(site, films);
        new SiteStage(SiteSettings.defaults()).generate(films, site);

        Document hdrPage = Jsoup.parse(site.resolve("films/tom-and-jerry-1940/index.html").toFile());
        assertEquals("HDR", hdrPage.select(".facts abbr.badge-hdr").text());
        assertTrue(hdrPage.select(".facts abbr.badge-hdr").attr("title").contains("tone-mapped"));
        Document sdrPage = Jsoup.parse(site.resolve("films/heat-1995/index.html").toFile());
        assertTrue(sdrPage.select(".badge-hdr").isEmpty(), "no badge on an SDR film");
        assertEquals("Colour", sdrPage.select(".facts dd").last().text());
    }
}
