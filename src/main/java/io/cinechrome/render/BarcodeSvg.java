package io.cinechrome.render;

import io.cinechrome.catalog.CatalogEntry;

/** The barcode: the stripes as a wide, short strip for the gallery grid, no text. */
final class BarcodeSvg {

    private BarcodeSvg() {
    }

    /** The barcode as an SVG document. */
    static String svg(CatalogEntry entry, PixelSize size) {
        SvgBuilder svg = new SvgBuilder(size.width(), size.height(), Descriptions.barcode(entry));
        Band.draw(svg, Band.equal(entry.bars(), 0, size.width()), 0, size.height());
        return svg.build();
    }
}
