/**
 * Open data: aggregate data sets as CSV and JSON under a versioned schema, with small numbers
 * suppressed (primary) and enough further cells suppressed (secondary) that no suppressed count can
 * be worked out from the totals.
 */
@NullMarked
package org.habeas.statistics.opendata;

import org.jspecify.annotations.NullMarked;
