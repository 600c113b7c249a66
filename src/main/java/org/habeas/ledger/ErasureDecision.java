package org.habeas.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The decision to erase a custody record, as the erasure-notice leaf commits to it
 * (docs/design/ledger-research.md §7.7): which record, why, by whom and when.
 *
 * <pre>
 * commitment = HMAC-SHA256(k_decision, "custody-tlog/v1 erasure\n" || deterministic CBOR of
 *              {record_id, reason, erased_by, erased_at})
 * </pre>
 *
 * <p>The key is random per erasure and kept beside the decision in the private database, so the
 * public leaf hides the reason, while anyone shown the decision and its key (an inspector) can
 * check that it is the one that was logged. The time is kept to the millisecond, the precision
 * every database stores it with.
 */
public record ErasureDecision(String recordId, String reason, String erasedBy, Instant erasedAt) {

  private static final byte[] LABEL =
      "custody-tlog/v1 erasure\n".getBytes(StandardCharsets.US_ASCII);

  /** Truncates the time to milliseconds. */
  public ErasureDecision {
    erasedAt = erasedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** Returns the deterministic CBOR encoding the commitment covers. */
  public byte[] encode() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("record_id", recordId);
    map.put("reason", reason);
    map.put("erased_by", erasedBy);
    map.put("erased_at", erasedAt.toString());
    return Cbor.encode(map);
  }

  /** Returns the commitment to this decision under a 32-byte decision key. */
  public byte[] commitment(byte[] decisionKey) {
    if (decisionKey.length != LeafCommitments.LENGTH) {
      throw new IllegalArgumentException("decision keys are 32 bytes");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(decisionKey, "HmacSHA256"));
      mac.update(LABEL);
      return mac.doFinal(encode());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK must provide HmacSHA256", e);
    }
  }
}
