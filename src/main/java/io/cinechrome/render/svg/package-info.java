/**
 * Writing SVG as text: a builder for the few elements the images use (rectangles, rings, gradients, embedded
 * pictures, rotated shapes, lines of text with the shipped fonts' {@code @font-face} rules), every number
 * formatted and every string escaped the same way on every machine, and a compactor that merges a group's
 * stripes into one path per colour for the SVG files users download. The render package draws its images with it.
 */
package io.cinechrome.render.svg;
