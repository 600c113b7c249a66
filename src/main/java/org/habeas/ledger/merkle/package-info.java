/**
 * RFC 6962 / RFC 9162 Merkle tree hashing, inclusion and consistency proofs, computed from any
 * source of complete-subtree hashes and checked with the RFC 9162 iterative verifiers.
 */
@NullMarked
package org.habeas.ledger.merkle;

import org.jspecify.annotations.NullMarked;
