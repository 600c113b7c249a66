/**
 * The C2SP tlog-tiles layout of the log: tile coordinates and paths, tile contents, entry bundles,
 * and proofs computed from tiles.
 */
@NullMarked
package org.habeas.ledger.tiles;

import org.jspecify.annotations.NullMarked;
