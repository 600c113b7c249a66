/**
 * The figures as panels a person reads: a chart (SVG) with its data as a table beneath, in the
 * viewer's language; one set for the signed-in dashboards, one with small numbers suppressed for
 * the public. The pages and the annual report render the same panels.
 */
@NullMarked
package org.habeas.statistics.view;

import org.jspecify.annotations.NullMarked;
