/**
 * C2SP tlog-checkpoint: the signed tree heads of the log, and the signer that never signs a head
 * inconsistent with one it signed before.
 */
@NullMarked
package org.habeas.ledger.checkpoint;

import org.jspecify.annotations.NullMarked;
