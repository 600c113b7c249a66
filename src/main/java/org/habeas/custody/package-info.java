/**
 * The electronic custody record: one append-only sequence of typed events per deprivation of
 * liberty, from actual apprehension to release or hand-over to a remand prison, checked against its
 * own timeline and shown to each viewer only as much as their role allows. Who may write is decided
 * in one place ({@code CustodyAccess}) on the record as it stands before the event: only the
 * facility holding the person writes, and a record moves only by a transfer it receives.
 *
 * <p>The sealed {@link org.habeas.custody.CustodyEvent}, its records and {@link
 * org.habeas.custody.CustodyRecord}'s replay are pure (no Spring, no JPA; {@code ArchitectureTest}
 * holds that). Every event is committed to the {@code ledger}; the modules that follow a record
 * learn of each write through {@link org.habeas.custody.CustodyEventRecorded} after it commits. The
 * dependency on {@code overview} is there only because custody provides the overview's numbers
 * through {@link org.habeas.overview.OverviewSource}.
 */
@ApplicationModule(allowedDependencies = {"system", "system :: problems", "ledger", "overview"})
@NullMarked
package org.habeas.custody;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
