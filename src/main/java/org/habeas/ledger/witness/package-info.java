/**
 * Witnesses (C2SP tlog-witness): this instance cosigning the checkpoints of other logs it is
 * configured to witness, and submitting its own checkpoints to the witnesses configured for it,
 * keeping the cosignatures they return.
 */
@NullMarked
package org.habeas.ledger.witness;

import org.jspecify.annotations.NullMarked;
