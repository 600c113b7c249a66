package org.habeas.ledger.note;

import java.security.KeyPair;
import java.security.PrivateKey;

/**
 * An Ed25519 key pair held in this process under a key name, with the key ID its signature type
 * gives it: what every signer of this package signs with and publishes the verifier key of.
 */
record SigningKey(String keyName, byte type, PrivateKey privateKey, byte[] publicKey, int keyId) {

  /** Returns the signing key, checking the name and deriving the key ID for {@code type}. */
  static SigningKey of(String keyName, byte type, KeyPair pair) {
    String name = KeyNames.require(keyName);
    byte[] publicKey = Ed25519Keys.rawPublicKey(pair.getPublic());
    return new SigningKey(
        name, type, pair.getPrivate(), publicKey, KeyNames.keyId(keyName, type, publicKey));
  }

  /** Returns the verifier key to publish for this key. */
  VerifierKey verifierKey() {
    return new VerifierKey(keyName, keyId, type, publicKey);
  }
}
