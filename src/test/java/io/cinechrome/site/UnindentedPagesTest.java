package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are written without the templates' indentation, which changes nothing a reader sees. */
class UnindentedPagesTest {

    @Test
    void indentationAndBlankLinesGoButLineBreaksStay() {
        assertEquals("<p>\n<a>x</a>\n<b>y</b> z\n</p>\n",
                ThymeleafPages.unindented("<p>\n    <a>x</a>\n\n  \t<b>y</b> z\n</p>\n  "));
        assertEquals("<p>a <em>b</em>\nc</p>", ThymeleafPages.unindented("<p>a <em>b</em>\n   c</p>"),
                "a line break between words stays a space");
        String preformatted = "<main>\n  <PRE>\n    x\n  </PRE>\n</main>";
        assertEquals(preformatted, ThymeleafPages.unindented(preformatted));
    }

    @Test
    void noPageOfTheGalleryIsIndented(@TempDir Path site) throws IOException {
        new SiteStage(SiteSettings.defaults()).generate(SiteFixture.films(), site);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertFalse(html.contains("\n "), page + " is indented");
                assertFalse(html.contains("\n\n"), page + " has blank lines");
            }
        }
    }
}
