/**
 * Overview: the monitor's start page, what needs the commission today, as numbers that open the
 * filtered lists. The modules provide the numbers ({@link org.habeas.overview.OverviewSource}), so
 * this module depends on none of them; it shows counts and facility names, never a person.
 */
@NullMarked
package org.habeas.overview;

import org.jspecify.annotations.NullMarked;
