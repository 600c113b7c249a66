package org.habeas.ledger.note;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Verifies a witness's tlog-cosignature/v1 signatures (type 0x04) under its verifier key. */
public final class CosignatureVerifier implements NoteVerifier {

  private final TrustedKey trusted;

  /** Creates the verifier for a type-0x04 verifier key. */
  public CosignatureVerifier(VerifierKey key) {
    this.trusted = TrustedKey.of(key, VerifierKey.COSIGNATURE_V1, "a cosignature/v1 key");
  }

  /** Returns the verifier for a vkey text whose type byte is 0x04. */
  public static CosignatureVerifier parse(String vkey) {
    return new CosignatureVerifier(VerifierKey.parse(vkey));
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
    if (signature.length != Cosignatures.SIGNATURE_LENGTH) {
      return false;
    }
    long timestamp = ByteBuffer.wrap(signature).getLong();
    if (timestamp < 0) {
      return false; // the spec caps timestamps at 2^63 - 1
    }
    byte[] ed25519 = Arrays.copyOfRange(signature, Long.BYTES, signature.length);
    return Ed25519.verify(trusted.publicKey(), Cosignatures.message(timestamp, text), ed25519);
  }

  /** Returns the verifier key this verifier trusts. */
  public VerifierKey verifierKey() {
    return trusted.key();
  }

  @Override
  public String toString() {
    return "CosignatureVerifier[" + trusted.key() + "]";
  }
}
