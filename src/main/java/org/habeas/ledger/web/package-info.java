/**
 * The log's public side, served without sign-in: the read paths C2SP tlog-tiles describes (the
 * checkpoint with its cosignatures, tiles, entry bundles, the public key, convenience proofs), the
 * tlog-witness endpoint, and the Verify page.
 */
@NullMarked
package org.habeas.ledger.web;

import org.jspecify.annotations.NullMarked;
