package io.cinechrome.testing;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Source;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Fixed catalogue entries for tests of the later stages. */
public final class Entries {

    private Entries() {
    }

    /** A colour film with three colours and eight stripes. */
    public static CatalogEntry heat() {
        return new CatalogEntry("heat-1995", "Heat", OptionalInt.of(1995), Optional.of("Michael Mann"), 10236.5,
                false,
                List.of(new Swatch(Rgb.parse("#1f3a93"), 0.5), new Swatch(Rgb.parse("#16a085"), 0.3),
                        new Swatch(Rgb.parse("#c0392b"), 0.2)),
                List.of(Rgb.parse("#1f3a93"), Rgb.parse("#1f3a93"), Rgb.parse("#16a085"), Rgb.parse("#c0392b"),
                        Rgb.parse("#1f3a93"), Rgb.parse("#16a085"), Rgb.parse("#1f3a93"), Rgb.parse("#1f3a93")),
                new AnalysisSettings(10, 4, 8, io.cinechrome.analysis.decode.Sampling.FAST),
                new Source("Heat (1995, Michael Mann)/Heat.mkv", 123456789L, "2024-01-01T00:00:00Z",
                        "sha256:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
    }

    /** A film whose title and director hold characters that need escaping in JSON, HTML and SVG. */
    public static CatalogEntry hostile() {
        CatalogEntry heat = heat();
        return new CatalogEntry("tom-and-jerry-1940", "<Tom & \"Jerry\"> ]]> </script>", OptionalInt.of(1940),
                Optional.of("O'Brien & 宮崎駿"), 61.25, false, heat.palette(), heat.stripes(), heat.settings().orElseThrow(),
                new Source("Tom & Jerry.mkv", 1, "2024-01-01T00:00:00Z", "sha256:00"));
    }
}
