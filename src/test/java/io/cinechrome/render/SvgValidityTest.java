package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every SVG is well-formed XML, a valid SVG document for Batik, escapes hostile text and is deterministic. */
class SvgValidityTest {

    private static final FilmImages IMAGES = new FilmImages(RenderSettings.defaults());

    static Stream<CatalogEntry> films() {
        List<CatalogEntry> films = new ArrayList<>(List.of(SampleFilms.sunset(), SampleFilms.noir(),
                SampleFilms.spiritedAway(), SampleFilms.longTitle(), SampleFilms.hostile()));
        films.addAll(SampleFilms.scripts());
        films.add(SampleFilms.entry("control-chars-2000", "Nul\u0000 \u0007bell\uFFFE and \uD800lone", 2000,
                "X ]]> Y", false, SampleFilms.gradient("#202020", "#a0a0a0")));
        return films.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("films")
    void everySvgParsesAsXmlAndAsSvg(CatalogEntry film) throws Exception {
        for (FilmImages.ImageFile file : IMAGES.render(film)) {
            if (file.path().endsWith(".svg")) {
                String svg = new String(file.bytes(), StandardCharsets.UTF_8);
                Document xml = parseXml(svg);
                assertEquals("svg", xml.getDocumentElement().getLocalName(), file.path());
                assertEquals("1.1", xml.getDocumentElement().getAttribute("version"));
                new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                        .createSVGDocument("file:///" + file.path(), new StringReader(svg));
            }
        }
    }

    @Test
    void hostileTitleSurvivesAsText() throws Exception {
        CatalogEntry film = SampleFilms.hostile();
        Document xml = parseXml(IMAGES.posterSvg(film, 1080));
        NodeList texts = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.append(texts.item(i).getTextContent()).append(' ');
        }
        assertTrue(shown.toString().contains("<Tom & \"Jerry\">"), shown.toString());
        assertTrue(shown.toString().contains("]]> '"), shown.toString());
        assertTrue(xml.getElementsByTagName("script").getLength() == 0);
    }

    @Test
    void sameEntryGivesIdenticalBytes() {
        CatalogEntry film = SampleFilms.spiritedAway();
        List<FilmImages.ImageFile> first = IMAGES.render(film);
        List<FilmImages.ImageFile> second = new FilmImages(RenderSettings.defaults()).render(film);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).path(), second.get(i).path());
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).path() + " differs");
        }
    }

    private static Document parseXml(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
