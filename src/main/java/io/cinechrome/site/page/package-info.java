/**
 * The models the templates render: one record per kind of page, holding only strings, numbers, booleans and lists
 * of other records, all ready to print (links already relative to the page, numbers already formatted).
 * Empty strings stand for "absent"; the {@code has...} methods tell the templates.
 */
package io.cinechrome.site.page;
