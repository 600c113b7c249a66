package org.habeas.ledger.note;

import java.security.PublicKey;

/** Verifies Ed25519 note signatures, signature type 0x01, under a trusted verifier key. */
public final class Ed25519NoteVerifier implements NoteVerifier {

  private final VerifierKey key;
  private final PublicKey publicKey;

  /** Creates the verifier for a type-0x01 verifier key. */
  public Ed25519NoteVerifier(VerifierKey key) {
    if (key.type() != VerifierKey.ED25519) {
      throw new IllegalArgumentException("not an Ed25519 note key: " + key);
    }
    this.key = key;
    this.publicKey = Ed25519Keys.publicKey(key.publicKey());
  }

  /** Returns the verifier for a vkey text such as {@code example.com/log+530d903a+Aeky…}. */
  public static Ed25519NoteVerifier parse(String vkey) {
    return new Ed25519NoteVerifier(VerifierKey.parse(vkey));
  }

  @Override
  public String keyName() {
    return key.keyName();
  }

  @Override
  public int keyId() {
    return key.keyId();
  }

  @Override
  public boolean verify(byte[] text, byte[] signature) {
    return Ed25519.verify(publicKey, text, signature);
  }

  /** Returns the verifier key this verifier trusts. */
  public VerifierKey verifierKey() {
    return key;
  }

  @Override
  public String toString() {
    return "Ed25519NoteVerifier[" + key + "]";
  }
}
