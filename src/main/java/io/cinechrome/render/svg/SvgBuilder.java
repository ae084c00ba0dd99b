package io.cinechrome.render.svg;

import io.cinechrome.colour.Rgb;
import io.cinechrome.render.text.TypeFace;

/**
 * Writes an SVG 1.1 document as text: every attribute value and text node goes through {@link Xml#escape},
 * every number through {@link SvgNumber#format}, so the output is valid and the same on every machine.
 * A document with text starts with {@code @font-face} rules that load the shipped fonts from {@code ../../fonts/}.
 */
public final class SvgBuilder {

    private static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final int INITIAL_CAPACITY = 16_384;

    private final StringBuilder out = new StringBuilder(INITIAL_CAPACITY);
    /** Where the {@code @font-face} rules are, so a document without text can leave them out. */
    private final int fontsFrom;
    private final int fontsTo;
    private boolean hasText;

    /** Starts a document of the given size in pixels, with an accessible title. */
    public SvgBuilder(int width, int height, String title) {
        this(width, height, title, false);
    }

    /**
     * Starts a document of the given size in pixels, with an accessible title; a {@code stretchable} one fills any
     * box it is shown in, at any aspect ratio (a barcode shown square in a grid), instead of keeping its own.
     */
    public SvgBuilder(int width, int height, String title, boolean stretchable) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"").append(NAMESPACE).append("\" xmlns:xlink=\"").append(XLINK)
                .append("\" version=\"1.1\"")
                .append(attr("width", width)).append(attr("height", height))
                .append(attr("viewBox", "0 0 " + width + " " + height))
                .append(stretchable ? attr("preserveAspectRatio", "none") : "").append(">\n");
        out.append("<title>").append(Xml.escape(title)).append("</title>\n");
        fontsFrom = out.length();
        out.append("<defs>\n<style type=\"text/css\">\n");
        for (TypeFace face : TypeFace.values()) {
            out.append("@font-face { font-family: '").append(face.family()).append("'; src: url('")
                    .append(TypeFace.SITE_URL_PREFIX).append(face.fileName()).append("'); }\n");
        }
        out.append("</style>\n</defs>\n");
        fontsTo = out.length();
    }

    /** An opaque circle. */
    SvgBuilder circle(double cx, double cy, double r, Rgb fill) {
        out.append("<circle").append(attr("cx", cx)).append(attr("cy", cy)).append(attr("r", r))
                .append(attr("fill", fill.hex())).append("/>\n");
        return this;
    }

    /** A circle's outline, {@code width} wide, in an opaque colour. */
    public SvgBuilder ring(double cx, double cy, double r, Rgb stroke, double width) {
        out.append("<circle").append(attr("cx", cx)).append(attr("cy", cy)).append(attr("r", r))
                .append(" fill=\"none\"").append(attr("stroke", stroke.hex())).append(attr("stroke-width", width))
                .append("/>\n");
        return this;
    }

    /** An opaque rectangle. */
    public SvgBuilder rect(double x, double y, double width, double height, Rgb fill) {
        out.append("<rect").append(box(x, y, width, height)).append(attr("fill", fill.hex())).append("/>\n");
        return this;
    }

    /** Opens a group whose shapes are filled with {@code fill} unless they say otherwise. */
    public SvgBuilder openFilledGroup(Rgb fill) {
        out.append("<g").append(attr("fill", fill.hex())).append(">\n");
        return this;
    }

    /** A rectangle in its group's fill (see {@link #openFilledGroup}) at an opacity, 0..1. */
    public SvgBuilder translucentRect(double x, double y, double width, double height, double opacity) {
        out.append("<rect").append(box(x, y, width, height)).append(attr("fill-opacity", opacity)).append("/>\n");
        return this;
    }

    /**
     * A picture stretched to the box without keeping its aspect ratio and without smoothing between its pixels
     * (for pictures whose pixels are meant as blocks, such as a row of stripes).
     */
    public SvgBuilder pixelImage(double x, double y, double width, double height, String dataUri) {
        out.append("<image").append(box(x, y, width, height)).append(attr("preserveAspectRatio", "none"))
                .append(attr("image-rendering", "optimizeSpeed")).append(attr("xlink:href", dataUri))
                .append("/>\n");
        return this;
    }

    /** Opens a group moved and turned by an SVG transform, e.g. {@code translate(540 540)}. */
    public SvgBuilder openGroup(String transform) {
        out.append("<g").append(attr("transform", transform)).append(">\n");
        return this;
    }

    /** A path shape defined once for {@link #useRotated}, not drawn by itself. */
    public SvgBuilder definePath(String id, String pathData) {
        out.append("<defs><path").append(attr("id", id)).append(attr("d", pathData)).append("/></defs>\n");
        return this;
    }

    /** Draws a shape defined by {@link #definePath}, turned by {@code degrees} about the origin, in a colour. */
    public SvgBuilder useRotated(String id, double degrees, Rgb fill) {
        out.append("<use").append(attr("xlink:href", "#" + id));
        if (degrees != 0) {
            out.append(attr("transform", "rotate(" + SvgNumber.format(degrees) + ")"));
        }
        out.append(attr("fill", fill.hex())).append("/>\n");
        return this;
    }

    /** Opens a group whose children draw without anti-aliasing, so abutting rectangles show no seams. */
    public SvgBuilder openCrispGroup() {
        out.append("<g shape-rendering=\"crispEdges\">\n");
        return this;
    }

    /** Closes the innermost group. */
    public SvgBuilder closeGroup() {
        out.append("</g>\n");
        return this;
    }

    /** A line of text. */
    public SvgBuilder text(TextLine line) {
        hasText = true;
        out.append("<text").append(attr("x", line.x())).append(attr("y", line.y()));
        if (line.rotation() != 0) {
            out.append(attr("transform", "rotate(" + SvgNumber.format(line.rotation()) + " "
                    + SvgNumber.format(line.x()) + " " + SvgNumber.format(line.y()) + ")"));
        }
        out.append(attr("font-family", line.face().cssFamilyList()))
                .append(attr("font-size", line.fontSize()))
                .append(attr("fill", line.colour().hex()))
                .append(attr("text-anchor", line.anchor().svgValue()));
        if (line.letterSpacing() > 0) {
            out.append(attr("letter-spacing", line.letterSpacing()));
        }
        out.append(">").append(Xml.escape(line.text())).append("</text>\n");
        return this;
    }

    /** Ends the document and returns it: without the font rules when it has no text (a barcode). */
    public String build() {
        if (!hasText) {
            out.delete(fontsFrom, fontsTo);
        }
        return out.append("</svg>\n").toString();
    }

    private static String box(double x, double y, double width, double height) {
        return attr("x", x) + attr("y", y) + attr("width", width) + attr("height", height);
    }

    private static String attr(String name, double value) {
        return attr(name, SvgNumber.format(value));
    }

    private static String attr(String name, String value) {
        return " " + name + "=\"" + Xml.escape(value) + "\"";
    }
}
