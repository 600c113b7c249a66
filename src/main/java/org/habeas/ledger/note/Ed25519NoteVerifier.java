package org.habeas.ledger.note;

/** Verifies Ed25519 note signatures, signature type 0x01, under a trusted verifier key. */
public final class Ed25519NoteVerifier implements NoteVerifier {

  private final TrustedKey trusted;

  /** Creates the verifier for a type-0x01 verifier key. */
  public Ed25519NoteVerifier(VerifierKey key) {
    this.trusted = TrustedKey.of(key, VerifierKey.ED25519, "an Ed25519 note key");
  }

  /** Returns the verifier for a vkey text such as {@code example.com/log+530d903a+Aeky…}. */
  public static Ed25519NoteVerifier parse(String vkey) {
    return new Ed25519NoteVerifier(VerifierKey.parse(vkey));
  }

  @Override
  public String keyName() {
    return trusted.key().keyName();
  }

  @Override
  public int keyId() {
    return trusted.key().keyId();
  }

  @Override
  public boolean verify(byte[] text, byte[] signature) {
    return Ed25519.verify(trusted.publicKey(), text, signature);
  }

  /** Returns the verifier key this verifier trusts. */
  public VerifierKey verifierKey() {
    return trusted.key();
  }

  @Override
  public String toString() {
    return "Ed25519NoteVerifier[" + trusted.key() + "]";
  }
}
