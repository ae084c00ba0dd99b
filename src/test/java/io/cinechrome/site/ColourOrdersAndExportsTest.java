package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Origin;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The gallery's colour orders and a film's palette exports (ASE, GPL, CSS and JSON). */
class ColourOrdersAndExportsTest {

    @Test
    void colourOrdersPutNeutralFilmsLastByHueAndGoDarkToLight() {
        Gallery gallery = new Gallery(SiteFixture.films());
        List<String> byHue = gallery.byHue().stream().map(CatalogEntry::slug).toList();
        assertEquals("ida-2013", byHue.get(byHue.size() - 1), "a grey dominant colour sorts after every hue");
        assertEquals(List.of("amelie-2001", "a-beautiful-mind-2001", "the-matrix-1999", "collateral-2004",
                "spirited-away-2001", "heat-1995", "script-test"), byHue.subList(0, 7),
                "crimson 21°, brown 57°, dark green 148°, dark teal 197°, sky blue 242°, navy 269°, magenta 348°");
        List<Double> lightness = gallery.byLightness().stream().map(f -> f.palette().stream()
                .mapToDouble(s -> OkLab.of(s.colour()).l() * s.share()).sum()).toList();
        assertEquals(lightness.stream().sorted().toList(), lightness, "dark to light");
        assertEquals("script-test", gallery.byColourfulness().get(0).slug(), "magenta and pink");
        assertEquals("ida-2013", gallery.byColourfulness().get(7).slug(), "black and white");
    }

    @Test
    void aseParsesBackToThePalette() throws IOException {
        CatalogEntry heat = SiteFixture.films().get(0);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(PaletteExports.ase(heat)));
        byte[] signature = new byte[4];
        in.readFully(signature);
        assertEquals("ASEF", new String(signature, StandardCharsets.US_ASCII));
        assertEquals(1, in.readUnsignedShort(), "major version");
        assertEquals(0, in.readUnsignedShort(), "minor version");
        int blocks = in.readInt();
        List<String> names = new ArrayList<>();
        List<Rgb> colours = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int type = in.readUnsignedShort();
            int length = in.readInt();
            byte[] body = new byte[length];
            in.readFully(body);
            DataInputStream block = new DataInputStream(new ByteArrayInputStream(body));
            if (type == 0xC002) {
                assertEquals(0, length);
                continue;
            }
            int units = block.readUnsignedShort();
            byte[] utf16 = new byte[units * 2];
            block.readFully(utf16);
            assertEquals(0, utf16[utf16.length - 1] | utf16[utf16.length - 2], "names end with a null");
            String name = new String(utf16, 0, utf16.length - 2, StandardCharsets.UTF_16BE);
            if (type == 0xC001) {
                groups.add(name);
                continue;
            }
            assertEquals(0x0001, type);
            byte[] model = new byte[4];
            block.readFully(model);
            assertEquals("RGB ", new String(model, StandardCharsets.US_ASCII));
            colours.add(new Rgb(Math.round(block.readFloat() * 255), Math.round(block.readFloat() * 255),
                    Math.round(block.readFloat() * 255)));
            assertEquals(2, block.readUnsignedShort(), "colour type normal");
            assertEquals(0, block.available(), "nothing after the colour type");
            names.add(name);
        }
        assertEquals(0, in.available(), "nothing after the last block");
        assertEquals(List.of("Heat (1995)"), groups);
        assertEquals(heat.palette().stream().map(Swatch::colour).toList(), colours);
        assertEquals("navy #0f1a45", names.get(0));
    }

    @Test
    void gplFollowsGimpsFormat() {
        CatalogEntry heat = SiteFixture.films().get(0);
        List<String> lines = PaletteExports.gpl(heat).lines().toList();
        assertEquals("GIMP Palette", lines.get(0));
        assertEquals("Name: Heat (1995)", lines.get(1));
        assertEquals("Columns: " + PaletteExports.GPL_COLUMNS, lines.get(2));
        List<Rgb> colours = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+", 4);
            colours.add(new Rgb(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                    Integer.parseInt(fields[2])));
            assertTrue(fields[3].matches("[a-z ]+ #[0-9a-f]{6} \\(\\d+\\.\\d%\\)"), fields[3]);
        }
        assertEquals(heat.palette().stream().map(Swatch::colour).toList(), colours);
    }

    @Test
    void cssAndJsonExportsHoldEveryColourWithItsName() throws IOException {
        CatalogEntry nasty = SiteFixture.films().get(7);
        String css = PaletteExports.css(nasty);
        assertTrue(css.contains("  --script-test-1: #c2308a; /* magenta, 50.0% */\n"), css);
        assertEquals(1, css.split("\\*/", -1).length - 1 - nasty.palette().size(), "the title cannot end the comment");
        JsonNode json = new ObjectMapper().readTree(FilmsJson.palette(nasty));
        assertEquals(SiteFixture.NASTY_TITLE, json.get("title").asText());
        assertEquals(nasty.palette().size(), json.get("colours").size());
        JsonNode first = json.get("colours").get(0);
        assertEquals("#c2308a", first.get("hex").asText());
        assertEquals("magenta", first.get("name").asText());
        assertEquals(0.5, first.get("share").asDouble());
        assertArrayEquals(new int[] {0xc2, 0x30, 0x8a}, new int[] {first.get("rgb").get(0).asInt(),
                first.get("rgb").get(1).asInt(), first.get("rgb").get(2).asInt()});
    }
    @Test
    void theDeflatedJsonLeavesOutOnlyItsStripesArrayWhichTheScriptWritesBack() {
        CatalogEntry heat = SiteFixture.films().get(0);
        String json = FilmsJson.palette(heat);
        String left = PaletteExports.stripesLeftOut(heat, json);
        String stripes = heat.stripes().stream().map(c -> "\"" + c.hex() + "\"")
                .collect(Collectors.joining(", ", "[ ", " ]"));
        assertEquals(json, left.replace("\"stripes\" : " + PaletteExports.STRIPES, "\"stripes\" : " + stripes),
                "what the script writes back, as static/cinechrome.js withStripes does, is the JSON");
        assertTrue(left.contains(PaletteExports.STRIPES), left);
        CatalogEntry token = heat.withName("\"stripes\" : @stripes@", heat.year(), heat.director());
        String tricky = PaletteExports.stripesLeftOut(token, FilmsJson.palette(token));
        assertEquals(1, tricky.split("\"stripes\" : @stripes@", -1).length - 1,
                "a title spelling the token out is escaped, so the script finds the token once: " + tricky);
        CatalogEntry imported = CatalogEntry.imported(heat.slug(), heat.title(), heat.year(), heat.director(),
                heat.durationSeconds(), heat.blackAndWhite(), heat.palette(), List.of(),
                new Origin(Origin.FINGERPRINT, "heat.csv", Optional.empty()), true);
        assertEquals(FilmsJson.palette(imported), PaletteExports.stripesLeftOut(imported, FilmsJson.palette(imported)),
                "without stripes the JSON stays whole (the print sources' bars are then the palette)");
    }
}
