/**
 * Overview: the monitor's start page, what needs the commission today, as numbers that open the
 * filtered lists. The modules provide the numbers by implementing {@link
 * org.habeas.overview.OverviewSource}, so this module depends on none of them (they depend on it,
 * for that interface); it shows counts and facility names, never a person. It also matches what the
 * modules know of detentions ({@link org.habeas.overview.DetentionSources}: custody records,
 * reports of a detention, complaints, field registrations) on keyed hashes of the person, and lists
 * detentions no custody record acknowledges and records opened late after the first source.
 */
@ApplicationModule(allowedDependencies = {"system", "system :: problems"})
@NullMarked
package org.habeas.overview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
