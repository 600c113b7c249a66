/**
 * Reports of a detention that no custody record acknowledges: a record that is never opened cannot
 * be judged, so anyone who knows that a person is held — a relative, a lawyer, a monitor — can
 * report "held by X since T" through the public form or API, without signing in, and follow it with
 * an unguessable code. Each report is matched against the custody records opened for that person
 * (by name and date of birth, or IIN, through custody's keyed index); if none is opened within the
 * profile's registration limit, the alert sweep raises an urgent alert to the region's prosecutors
 * and the monitors and a complaint of unlawful detention, once. A record opened later links the
 * report both ways, with how late it was. The person and what the reporter says are sealed under
 * the report's own ledger key; every step of a report is an append-only event committed to the
 * ledger. This module depends on custody, complaints, safeguards and the ledger; none of them knows
 * it. The dependency on {@code overview} is there only because the reports are one of the sources
 * the overview matches ({@link org.habeas.overview.DetentionSources}).
 */
@ApplicationModule(
    allowedDependencies = {
      "system",
      "system :: problems",
      "complaints",
      "custody",
      "ledger",
      "overview",
      "safeguards"
    })
@NullMarked
package org.habeas.detentionreports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
