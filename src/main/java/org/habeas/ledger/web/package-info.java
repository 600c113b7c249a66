/**
 * The log's public read paths, served without sign-in as C2SP tlog-tiles says: the checkpoint,
 * tiles, entry bundles and the log's public key, plus convenience proofs.
 */
@NullMarked
package org.habeas.ledger.web;

import org.jspecify.annotations.NullMarked;
