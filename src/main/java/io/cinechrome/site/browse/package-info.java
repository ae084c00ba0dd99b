/**
 * Browsing films by colour: the colour families a palette falls in and the films of each, plain-language colour
 * names, a film's palette profile (its families and the keys of the colour sort orders), the colour search the
 * index's script mirrors, and the films with the closest palettes, remembered between runs. The site package
 * turns these answers into pages and data files.
 */
package io.cinechrome.site.browse;
