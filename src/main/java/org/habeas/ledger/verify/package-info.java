/**
 * The verifier anyone can run ({@code ./habeas verify}): checks a new checkpoint against the log
 * key and a trusted checkpoint, recomputes the whole tree from the entries and compares every tile,
 * and with database access checks each stored custody event against its opening, its commitment and
 * its leaf. A plain program: it needs nothing of the running application.
 */
@NullMarked
package org.habeas.ledger.verify;

import org.jspecify.annotations.NullMarked;
