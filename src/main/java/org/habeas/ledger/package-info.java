/**
 * The tamper-evident ledger: an RFC 6962 Merkle log of keyed commitments to the events of custody,
 * complaints, monitoring and reports of a detention, signed as C2SP checkpoints and cosigned by
 * independent witnesses, so that no one, not even a database administrator, can rewrite or drop a
 * logged event unnoticed (see {@code docs/ledger.md}).
 *
 * <p>It knows none of the modules that commit to it: they hand it a {@link
 * org.habeas.ledger.LedgerEvent} and get a {@link org.habeas.ledger.LedgerRecord} back. Its pure
 * parts ({@code merkle}, {@code tiles}, {@code note}, {@code checkpoint}, {@code verify}) use no
 * Spring and no JPA, so the standalone verifier can run them without the application; {@code
 * ArchitectureTest} holds that. It may lean on {@code system} only.
 */
@ApplicationModule(allowedDependencies = {"system", "system :: problems"})
@NullMarked
package org.habeas.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
