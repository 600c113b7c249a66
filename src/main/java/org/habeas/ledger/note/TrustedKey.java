package org.habeas.ledger.note;

import java.security.PublicKey;

/**
 * The verifier key a note verifier trusts, checked to be of the verifier's signature type, with its
 * Ed25519 public key ready for checking: what every verifier of this package starts from.
 */
record TrustedKey(VerifierKey key, PublicKey publicKey) {

  /**
   * Returns the trusted key, or throws if {@code key} is of another signature type than {@code
   * type} ({@code what} names the type in the message).
   */
  static TrustedKey of(VerifierKey key, byte type, String what) {
    if (key.type() != type) {
      throw new IllegalArgumentException("not " + what + ": " + key);
    }
    return new TrustedKey(key, Ed25519Keys.publicKey(key.publicKey()));
  }
}
