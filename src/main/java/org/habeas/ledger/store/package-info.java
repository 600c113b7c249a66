/**
 * The ledger in the application database: the write path (keys, openings, commitments, outbox), the
 * integrator that turns the outbox into leaves, tiles and signed checkpoints, and the reads the
 * published log and the receipts are served from.
 */
@NullMarked
package org.habeas.ledger.store;

import org.jspecify.annotations.NullMarked;
