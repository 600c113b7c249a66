/**
 * C2SP signed notes and tlog-cosignature/v1: Ed25519 note signers, cosigners and verifiers on the
 * JDK, verifier keys (vkeys), and the parsing and verification of notes with several signatures.
 */
@NullMarked
package org.habeas.ledger.note;

import org.jspecify.annotations.NullMarked;
