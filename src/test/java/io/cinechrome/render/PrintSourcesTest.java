package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.text.Fonts;
import io.cinechrome.render.text.TextMeasure;
import io.cinechrome.render.text.TitleLayout;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The print sources leave out exactly what the film page's script puts back: the ring's wedge lines and the
 * pictures of the stripes, and nothing that differs from what the rule gives. (That the script puts back the
 * same is {@code BrowserPrintsTest}'s part, in a browser.)
 */
class PrintSourcesTest {

    private static final TitleLayout TYPESETTER = new TitleLayout(new TextMeasure(Fonts.get()));

    @Test
    void theRingsWedgesAreLeftOutAndComeBackAsTheyWere() {
        CatalogEntry film = hairlines();
        String ring = RingPosterSvg.svg(film, 1080, true, TYPESETTER);
        String source = PrintSources.source(film, ring);
        assertFalse(source.contains("<use"), "every wedge left out");
        assertTrue(source.length() < ring.length() / 10, source.length() + " of " + ring.length());
        assertEquals(ring, source.replace("@wedges@", PrintSources.wedges(film.stripes())));
    }

    @Test
    void theStripePicturesAreLeftOutWithTheirWidth() {
        CatalogEntry film = hairlines();
        PosterLayout layout = PosterLayout.of(film, 1080, true, TYPESETTER);
        String poster = PosterSvg.svg(film, layout, PosterSvg.Text.DRAWN);
        String source = PrintSources.source(film, poster);
        assertFalse(source.contains("base64"), source);
        assertTrue(source.contains("xlink:href=\"@bars:1080@\""), source);
        String strip = StripPosterSvg.svg(film, new PixelSize(3000, 600), true, TYPESETTER);
        assertTrue(PrintSources.source(film, strip).contains("@bars:3000@"));
    }

    @Test
    void aPictureOfOtherColoursIsKept() {
        CatalogEntry film = hairlines();
        List<Rgb> other = new ArrayList<>(film.stripes());
        other.set(7, new Rgb(1, 2, 3));
        String picture = StripeImage.dataUri(Band.equal(other, 0, 1080));
        String svg = "<svg>\n<image x=\"0\" y=\"0\" width=\"1080\" height=\"1080\" xlink:href=\"" + picture
                + "\"/>\n</svg>\n";
        assertEquals(svg, PrintSources.source(film, svg));
    }

    @Test
    void theFileIsTheJsonDeflatedWithTheStripesLeftToTheBarcode() throws Exception {
        CatalogEntry film = hairlines();
        List<PrintSources.Print> prints = List.of(new PrintSources.Print("poster-ring.svg", "poster-ring.png",
                RingPosterSvg.svg(film, 1080, true, TYPESETTER)));
        PrintSources.Barcode barcode = new PrintSources.Barcode("barcode.svg", 1200);
        byte[] deflated = PrintSources.deflated(film, prints, barcode);
        String text = inflated(deflated);
        assertEquals(PrintSources.json(film, prints, barcode), text);
        assertTrue(text.startsWith("{\"version\":2,\"barsFrom\":\"barcode.svg\",\"barCount\":1080,\"prints\":["),
                text);
        assertFalse(text.contains(film.stripes().get(0).hex().substring(1)), "no stripe is written out");
        assertTrue(deflated.length < 3_000, deflated.length + " bytes");
    }

    @Test
    void stripesTheBarcodeCannotHoldOneAPixelStayInTheFile() throws Exception {
        CatalogEntry film = hairlines();
        List<PrintSources.Print> prints = List.of(new PrintSources.Print("poster-ring.svg", "poster-ring.png",
                RingPosterSvg.svg(film, 1080, true, TYPESETTER)));
        String text = inflated(PrintSources.deflated(film, prints, new PrintSources.Barcode("barcode.svg", 1079)));
        StringBuilder bars = new StringBuilder();
        film.stripes().forEach(colour -> bars.append(colour.hex(), 1, 7));
        assertTrue(text.startsWith("{\"version\":2,\"bars\":\"" + bars + "\",\"prints\":["), text);
        assertFalse(text.contains("barsFrom"), text);
    }

    private static String inflated(byte[] deflated) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            json.write(buffer, 0, inflater.inflate(buffer));
        }
        return json.toString(StandardCharsets.UTF_8);
    }

    @Test
    void savedPrintFilesTooBigForGitHubPagesGetAdvice() {
        assertTrue(Downloads.FILES.advice(1_000).isEmpty());
        assertTrue(Downloads.FILES.advice(5_000).orElseThrow().contains("--downloads browser"));
        assertTrue(Downloads.BROWSER.advice(10_000).isEmpty());
    }

    private static CatalogEntry hairlines() {
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < 1080; i++) {
            stripes.add(new Rgb(40 + i % 200, 30 + (i * 7) % 180, 90 + (i * 3) % 150));
        }
        return SampleFilms.entry("hairlines-2020", "Hairlines", 2020, "Ana Lee", false, stripes);
    }
}
