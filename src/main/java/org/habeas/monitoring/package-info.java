/**
 * Monitoring: visits of the commission, the national preventive mechanism and their partners to
 * places of detention (checklist after CPT standards, random samples of custody records, the video
 * register, private interviews, findings with evidence) and recommendations from every source,
 * followed with the agencies' focal points until implemented and shown on a public portal. Every
 * step is committed to the {@code ledger}.
 *
 * <p>It reads custody records and their safeguards to sample them. The dependencies on {@code
 * overview} and {@code statistics} are there only because monitoring provides their numbers through
 * interfaces they declare ({@link org.habeas.overview.OverviewSource}, {@link
 * org.habeas.statistics.RecommendationFigures}). Complaints made in a visit go to the complaints
 * module through {@link org.habeas.monitoring.AllegationHandOver}, which monitoring declares and
 * complaints implements, so monitoring does not know complaints.
 */
@ApplicationModule(
    allowedDependencies = {
      "system",
      "system :: problems",
      "custody",
      "ledger",
      "overview",
      "safeguards",
      "statistics"
    })
@NullMarked
package org.habeas.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
