package org.habeas.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed commitments that stand for custody events in the public log
 * (docs/design/ledger-research.md §7.2).
 *
 * <pre>
 * k_evt      = HMAC-SHA256(k_rec, "custody-tlog/v1 event-key\n" || event_id)
 * commitment = HMAC-SHA256(k_evt, "custody-tlog/v1 event\n" || canonical_event)
 * </pre>
 *
 * <p>{@code k_rec} is a random per-record key kept only in the private schema; destroying it makes
 * every commitment of the record unopenable (crypto-shredding) while the log stays intact. {@code
 * (k_evt, canonical_event)} is the opening of one event, and revealing it reveals nothing about the
 * record key or the other events. The event ID enters as its 16 bytes in RFC 9562 order.
 */
public final class LeafCommitments {

  /** The length of record keys, event keys and commitments. */
  public static final int LENGTH = 32;

  private static final byte[] EVENT_KEY_LABEL = label("custody-tlog/v1 event-key\n");
  private static final byte[] EVENT_LABEL = label("custody-tlog/v1 event\n");
  private static final byte[] DIGEST_KEY_LABEL = label("custody-tlog/v1 digest-key\n");
  private static final byte[] DIGEST_LABEL = label("custody-tlog/v1 digest\n");

  private LeafCommitments() {}

  /** Draws a fresh 256-bit record key. */
  public static byte[] newRecordKey(SecureRandom random) {
    byte[] key = new byte[LENGTH];
    random.nextBytes(key);
    return key;
  }

  /** Returns the opening key of one event, derived from its record's key. */
  public static byte[] eventKey(byte[] recordKey, UUID eventId) {
    byte[] id =
        ByteBuffer.allocate(16)
            .putLong(eventId.getMostSignificantBits())
            .putLong(eventId.getLeastSignificantBits())
            .array();
    return hmac(recordKey, EVENT_KEY_LABEL, id);
  }

  /** Returns the commitment to a canonical event under its event key. */
  public static byte[] commitment(byte[] eventKey, byte[] canonicalEvent) {
    return hmac(eventKey, EVENT_LABEL, canonicalEvent);
  }

  /** Returns the commitment to {@code event}, derived from the record key. */
  public static byte[] commit(byte[] recordKey, UUID eventId, CanonicalEvent event) {
    return commitment(eventKey(recordKey, eventId), event.encode());
  }

  /**
   * Returns the keyed digest (hex) of text an event commits to without carrying it: {@code
   * HMAC-SHA256(HMAC-SHA256(k_rec, "custody-tlog/v1 digest-key\n"), "custody-tlog/v1 digest\n" ||
   * text)}. Whoever holds the record key (the verifier) can tell whether a stored text is the one
   * committed; whoever reads only the event cannot guess the text, however short, from it.
   */
  public static String digest(byte[] recordKey, String text) {
    byte[] digestKey = hmac(recordKey, DIGEST_KEY_LABEL, new byte[0]);
    return HexFormat.of()
        .formatHex(hmac(digestKey, DIGEST_LABEL, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Tells whether {@code (eventKey, canonicalEvent)} opens {@code commitment}. */
  public static boolean opens(byte[] commitment, byte[] eventKey, byte[] canonicalEvent) {
    return MessageDigest.isEqual(commitment, commitment(eventKey, canonicalEvent));
  }

  private static byte[] hmac(byte[] key, byte[] label, byte[] message) {
    if (key.length != LENGTH) {
      throw new IllegalArgumentException("commitment keys must be 32 bytes");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(label);
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK must provide HmacSHA256", e);
    }
  }

  private static byte[] label(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
