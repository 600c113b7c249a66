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
 */
@NullMarked
package org.habeas.complaints;

import org.jspecify.annotations.NullMarked;
