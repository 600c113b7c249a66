package org.habeas.ledger.note;

import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.time.Clock;

/**
 * A witness's Ed25519 cosigning key, signature type 0x04, producing tlog-cosignature/v1 lines.
 *
 * <p>Each cosigner needs its own key: the signed message does not name the cosigner, so one key
 * shared between two cosigners would make their statements indistinguishable.
 */
public final class Cosigner implements NoteSigner {

  private final SigningKey key;
  private final Clock clock;

  private Cosigner(String keyName, KeyPair pair, Clock clock) {
    this.key = SigningKey.of(keyName, VerifierKey.COSIGNATURE_V1, pair);
    this.clock = clock;
  }

  /** Returns the cosigner for the key pair of a 32-byte seed, stamping times from {@code clock}. */
  public static Cosigner fromSeed(String keyName, byte[] seed, Clock clock) {
    return new Cosigner(keyName, Ed25519Keys.keyPair(seed), clock);
  }

  /** Returns the cosigner for a JDK Ed25519 key pair, stamping times from {@code clock}. */
  public static Cosigner fromKeyPair(String keyName, KeyPair pair, Clock clock) {
    return new Cosigner(keyName, pair, clock);
  }

  @Override
  public String keyName() {
    return key.keyName();
  }

  @Override
  public int keyId() {
    return key.keyId();
  }

  /** Cosigns {@code text} at the clock's current second. */
  @Override
  public byte[] sign(byte[] text) {
    return signAt(clock.instant().getEpochSecond(), text);
  }

  /** Cosigns {@code text} as of POSIX second {@code timestamp}, which must be positive. */
  public byte[] signAt(long timestamp, byte[] text) {
    if (timestamp <= 0) {
      throw new IllegalArgumentException("cosignature time must be after the epoch");
    }
    byte[] signature = Ed25519.sign(key.privateKey(), Cosignatures.message(timestamp, text));
    return ByteBuffer.allocate(Cosignatures.SIGNATURE_LENGTH)
        .putLong(timestamp)
        .put(signature)
        .array();
  }

  /** Returns the verifier key (type 0x04) to give to those who check this witness. */
  public VerifierKey verifierKey() {
    return key.verifierKey();
  }

  /** Returns a verifier for this cosigner's signatures. */
  public CosignatureVerifier verifier() {
    return new CosignatureVerifier(verifierKey());
  }

  @Override
  public String toString() {
    return "Cosigner[" + verifierKey() + "]";
  }
}
