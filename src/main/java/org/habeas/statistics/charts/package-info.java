/**
 * Charts drawn on the server as SVG: horizontal bars, stacked columns and a map of Kazakhstan's
 * regions. Each has a title and description for screen readers; pages put the data as a table
 * beneath. Pure functions of their data, shared by the pages and the annual report.
 */
@NullMarked
package org.habeas.statistics.charts;

import org.jspecify.annotations.NullMarked;
