/**
 * Training and joint activities: the staff directory, courses (HELP and national programmes), their
 * runs, completions imported from Moodle, certificates anyone can verify, joint events with partner
 * institutions, and training coverage set beside safeguard compliance (association, not cause). Who
 * handled which custody record is noted from each custody event after its write commits, through
 * Spring Modulith's event publication registry, from the history the event carries.
 *
 * <p>The dependency on {@code statistics} is there only because training provides its figures
 * through {@link org.habeas.statistics.TrainingFigures}. The complaints per facility it sets beside
 * training come through {@link org.habeas.training.FacilityComplaintCounts}, which training
 * declares and complaints implements, so training does not know complaints.
 */
@ApplicationModule(
    allowedDependencies = {"system", "system :: problems", "custody", "safeguards", "statistics"})
@NullMarked
package org.habeas.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
