/**
 * The law's safeguards as data and as checks: versioned jurisdiction profiles of rules, a pure
 * engine ({@code rules}, free of Spring) that turns a custody record's events and an instant into
 * obligations with deadlines and statuses, and (in {@code alerts}) the sweep that warns prosecutors
 * and monitors as deadlines near and pass. It reads custody's events; custody does not know it. The
 * dependency on {@code overview} is there only because the alerts provide the overview's numbers
 * through {@link org.habeas.overview.OverviewSource}.
 */
@ApplicationModule(allowedDependencies = {"system", "system :: problems", "custody", "overview"})
@NullMarked
package org.habeas.safeguards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
