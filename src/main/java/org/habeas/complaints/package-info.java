/**
 * Complaints of torture, ill-treatment, unlawful detention and denial of a lawyer: public intake
 * without sign-in (reference and secret to follow the status), staff intake (also complaints made
 * orally in a visit), complaints raised automatically by a custody allegation or injury, triage,
 * assignment, statuses with configured deadlines, duplicates, full-text search. A complaint's
 * history is an append-only timeline folded into its state; every entry is committed to the ledger.
 * A complaint a custody allegation must raise is never lost: it is raised after the custody write
 * commits, from a row of Spring Modulith's event publication registry written in that write's
 * transaction, which stays until the complaint is raised and is resubmitted until then. {@link
 * org.habeas.complaints.ComplaintFiles} is the API other parts (the case file) build on.
 *
 * <p>Of its eight dependencies, four are there only because other modules declare an interface on
 * their side that complaints implements: {@link org.habeas.overview.OverviewSource} (overview),
 * {@link org.habeas.statistics.ComplaintFigures} (statistics), {@link
 * org.habeas.training.FacilityComplaintCounts} (training) and {@link
 * org.habeas.monitoring.AllegationHandOver} (monitoring). The consumers stay free of complaints
 * that way, at the price of a provider that knows them all; they are allowed here as they stand.
 * Its own needs are custody (records, allegations, injuries), safeguards (the profile's complaint
 * deadlines, a record's obligations on the case file), the ledger and system.
 */
@ApplicationModule(
    allowedDependencies = {
      "system",
      "system :: problems",
      "custody",
      "ledger",
      "safeguards",
      "monitoring",
      "overview",
      "statistics",
      "training"
    })
@NullMarked
package org.habeas.complaints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
