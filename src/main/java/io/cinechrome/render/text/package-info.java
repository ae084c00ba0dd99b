/**
 * The text on the images: the shipped fonts and their fallbacks, measuring text with them and fitting it into a
 * box (the largest size, balanced lines, Unicode line breaks), which titles and names the fonts cannot draw, the
 * credits line and the documents' accessible titles, and text colours and scrims chosen by WCAG contrast. The
 * render package places the fitted text on its posters, cards and previews.
 */
package io.cinechrome.render.text;
