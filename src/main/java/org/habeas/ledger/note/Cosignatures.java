package org.habeas.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The C2SP tlog-cosignature/v1 Ed25519 format: a witness signs {@code "cosignature/v1\ntime <t>\n"}
 * followed by the checkpoint text, and its signature bytes are the 8-byte big-endian timestamp
 * followed by the 64-byte Ed25519 signature.
 *
 * <p>The timestamp is the witness's attestation of when it saw the checkpoint, the time anchor that
 * C2SP checkpoints themselves do not carry.
 */
public final class Cosignatures {

  /** The length of a cosignature's bytes after the key ID: timestamp and Ed25519 signature. */
  public static final int SIGNATURE_LENGTH = Long.BYTES + Ed25519.SIGNATURE_LENGTH;

  private static final String HEADER = "cosignature/v1\n";

  private Cosignatures() {}

  /** Returns the message a cosigner signs at POSIX second {@code timestamp} over {@code text}. */
  public static byte[] message(long timestamp, byte[] text) {
    byte[] prefix = (HEADER + "time " + timestamp + "\n").getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(prefix.length + text.length).put(prefix).put(text).array();
  }

  /** Returns the time a cosignature was made, read from its first 8 bytes. */
  public static Instant timestamp(NoteSignature cosignature) {
    byte[] bytes = cosignature.signature();
    long seconds = bytes.length == SIGNATURE_LENGTH ? ByteBuffer.wrap(bytes).getLong() : -1;
    if (seconds < 0) {
      throw new IllegalArgumentException("not a cosignature/v1 signature");
    }
    return Instant.ofEpochSecond(seconds);
  }
}
