/**
 * Demo data for a first start on an empty database: regions, facilities and users of every role in
 * Kazakhstan and England, and a month of realistic custody records generated deterministically,
 * plus the start-up banner that prints the address and the demo sign-ins. Never enable in
 * production. It writes through the public APIs of the modules it fills, as a user would, and no
 * module depends on it.
 */
@ApplicationModule(
    allowedDependencies = {
      "system",
      "complaints",
      "custody",
      "detentionreports",
      "field",
      "monitoring",
      "training"
    })
@NullMarked
package org.habeas.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
