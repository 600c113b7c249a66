/**
 * The tamper-evident ledger: an RFC 6962 Merkle log of keyed commitments to custody events, signed
 * as C2SP checkpoints and cosigned by independent witnesses, so that no one, not even a database
 * administrator, can rewrite or drop a logged event unnoticed.
 */
@NullMarked
package org.habeas.ledger;

import org.jspecify.annotations.NullMarked;
