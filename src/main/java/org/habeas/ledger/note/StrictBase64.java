package org.habeas.ledger.note;

import java.util.Base64;
import java.util.Optional;

/**
 * Standard padded base64 (RFC 4648 §4) that accepts only the canonical encoding of each value, so
 * that one value has exactly one text form in notes, vkeys and checkpoints.
 */
public final class StrictBase64 {

  private StrictBase64() {}

  /** Returns the standard padded encoding. */
  public static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Decodes {@code text}, or returns empty if it is not the canonical encoding of any bytes. */
  public static Optional<byte[]> decode(String text) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      // The JDK decoder tolerates missing padding and stray low bits; re-encoding catches both.
      return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
