package org.habeas.ledger.store;

import org.jspecify.annotations.Nullable;

/**
 * A leaf waiting in the outbox for its index.
 *
 * @param id the outbox row, which orders integration
 * @param leaf the leaf's bytes
 * @param recordId the custody record it belongs to, if any
 * @param seq the event it commits to, if any
 */
public record PendingLeaf(long id, byte[] leaf, @Nullable String recordId, @Nullable Integer seq) {}
