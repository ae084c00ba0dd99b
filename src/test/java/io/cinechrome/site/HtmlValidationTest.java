package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page passes the Nu HTML Checker (the W3C validator) without errors. */
class HtmlValidationTest {

    @Test
    void everyPageIsValidHtml(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteFixture.writeImages(site, SiteFixture.films());
        new SiteStage(SiteStageTest.SETTINGS).generate(SiteFixture.films(), site);

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        List<Path> pages = SiteLinks.pages(site);
        for (Path page : pages) {
            JsonNode report = json.readTree(validator.validate(page));
            for (JsonNode message : report.path("messages")) {
                String type = message.path("type").asText();
                String subType = message.path("subType").asText();
                if ("error".equals(type) || "non-document-error".equals(type) || "fatal".equals(subType)) {
                    problems.add(site.relativize(page) + ":" + message.path("lastLine").asText() + ": "
                            + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
                }
            }
        }
        assertEquals(40, pages.size(), "pages checked (incl. 6 sort orders, colours/ and 11 colour families)");
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckerFindsErrors(@TempDir Path dir) throws Exception {
        Path broken = java.nio.file.Files.writeString(dir.resolve("broken.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>a</span><img src=a>");
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(broken);
        org.junit.jupiter.api.Assertions.assertTrue(report.contains("\"type\":\"error\""), report);
    }
}
