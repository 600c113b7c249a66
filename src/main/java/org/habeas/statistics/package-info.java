/**
 * Statistics: what the commission, prosecutors, facility heads and the public see of the whole.
 * Dashboards per role, charts rendered on the server as SVG with their data as tables, the annual
 * report as a PDF, and open data (CSV, JSON) with small numbers suppressed.
 *
 * <p>Figures come from a read model of its own ({@code readmodel}), fed by {@link
 * org.habeas.custody.CustodyEventRecorded} after each custody write commits (one listener, through
 * Spring Modulith's event publication registry, so a crash between the commit and the listener
 * loses nothing) and computed through custody's and safeguards' public APIs; it never reads another
 * module's tables. Figures of the modules that depend on statistics (complaints, monitoring's
 * recommendations, training) come through the small interfaces in this package, {@link
 * ComplaintFigures}, {@link RecommendationFigures} and {@link TrainingFigures}, which those modules
 * implement: statistics names none of them, and they depend on statistics for the interface.
 */
@ApplicationModule(allowedDependencies = {"system", "system :: problems", "custody", "safeguards"})
@NullMarked
package org.habeas.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
