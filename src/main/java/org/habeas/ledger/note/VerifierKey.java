package org.habeas.ledger.note;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A public key in the signed-note verifier key text form {@code <name>+<hex key ID>+<base64(type ||
 * public key)>}, as published to monitors and witnesses.
 *
 * <p>Only the two Ed25519 types are understood: 0x01 note signatures and 0x04 cosignatures.
 */
public record VerifierKey(String keyName, int keyId, byte type, byte[] publicKey) {

  /** Signature type of an Ed25519 note signature. */
  public static final byte ED25519 = 0x01;

  /** Signature type of a timestamped Ed25519 cosignature (tlog-cosignature/v1). */
  public static final byte COSIGNATURE_V1 = 0x04;

  /** Checks the name, the type, the key length and that the key ID is the key's own. */
  public VerifierKey {
    KeyNames.require(keyName);
    if (type != ED25519 && type != COSIGNATURE_V1) {
      throw new IllegalArgumentException("unsupported signature type " + type);
    }
    if (publicKey.length != Ed25519Keys.KEY_LENGTH) {
      throw new IllegalArgumentException("Ed25519 public key must be 32 bytes");
    }
    publicKey = publicKey.clone();
    if (keyId != KeyNames.keyId(keyName, type, publicKey)) {
      throw new IllegalArgumentException("key ID does not match key " + keyName);
    }
  }

  /** Returns the verifier key of {@code publicKey}, deriving its key ID. */
  public static VerifierKey of(String keyName, byte type, byte[] publicKey) {
    return new VerifierKey(keyName, KeyNames.keyId(keyName, type, publicKey), type, publicKey);
  }

  /** Parses the text form, rejecting any variant that is not exactly canonical. */
  public static VerifierKey parse(String text) {
    // The name and the hex ID hold no '+', but the base64 key may.
    String[] parts = text.split("\\+", 3);
    if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
      throw new IllegalArgumentException("malformed verifier key");
    }
    byte[] typed =
        StrictBase64.decode(parts[2])
            .filter(bytes -> bytes.length > 1)
            .orElseThrow(() -> new IllegalArgumentException("malformed verifier key"));
    int keyId = HexFormat.fromHexDigits(parts[1]);
    return new VerifierKey(parts[0], keyId, typed[0], Arrays.copyOfRange(typed, 1, typed.length));
  }

  /** Returns the text form. */
  public String encoded() {
    byte[] typed = new byte[publicKey.length + 1];
    typed[0] = type;
    System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
    return keyName + "+" + HexFormat.of().toHexDigits(keyId) + "+" + StrictBase64.encode(typed);
  }

  /** Returns a copy of the raw public key. */
  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof VerifierKey that
        && keyName.equals(that.keyName)
        && keyId == that.keyId
        && type == that.type
        && Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, keyId, type, Arrays.hashCode(publicKey));
  }

  @Override
  public String toString() {
    return encoded();
  }
}
