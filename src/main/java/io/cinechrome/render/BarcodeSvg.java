package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.svg.SvgBuilder;
import io.cinechrome.render.text.Descriptions;

/**
 * The barcode: the stripes as a wide, short strip, no text. Grids show it stretched square (it fills any box, see
 * {@link SvgBuilder#SvgBuilder(int, int, String, boolean)}), which browsers and page audits accept from an SVG.
 */
final class BarcodeSvg {

    private BarcodeSvg() {
    }

    /** The barcode as an SVG document. */
    static String svg(CatalogEntry entry, PixelSize size) {
        SvgBuilder svg = new SvgBuilder(size.width(), size.height(), Descriptions.barcode(entry), true);
        Band.draw(svg, Band.equal(entry.bars(), 0, size.width()), 0, size.height());
        return svg.build();
    }
}
