package org.habeas.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The rules for signed-note key names and the recommended derivation of key IDs. */
public final class KeyNames {

  private KeyNames() {}

  /**
   * Tells whether {@code name} may name a key: non-empty, with no Unicode space, no plus sign
   * (which separates a vkey's fields) and no control character.
   */
  public static boolean isValid(String name) {
    return !name.isEmpty()
        && name.codePoints()
            .noneMatch(
                c -> c == '+' || c < 0x20 || Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** Returns {@code name}, or throws if it may not name a key. */
  public static String require(String name) {
    if (!isValid(name)) {
      throw new IllegalArgumentException("invalid key name: " + name);
    }
    return name;
  }

  /**
   * Returns the key ID {@code SHA-256(name || 0x0A || type || publicKey)[:4]} read big-endian.
   *
   * <p>The type byte gives domain separation: the same key under type 0x01 (note signature) and
   * 0x04 (cosignature) has different IDs.
   */
  public static int keyId(String name, byte type, byte[] publicKey) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(name.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) '\n');
      sha256.update(type);
      sha256.update(publicKey);
      return ByteBuffer.wrap(sha256.digest()).getInt();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }
}
