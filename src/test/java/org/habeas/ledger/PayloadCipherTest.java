package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Sealed payloads open only with their record's key, on their own row. */
class PayloadCipherTest {

  private static final String RECORD = "0b7f6a52-5c4e-4f0e-9d7a-2f1c3b4a5d6e";
  private static final String JSON = "{\"type\":\"CellVisited\",\"by\":\"Sgt. Omarov\"}";

  private final SecureRandom random = new SecureRandom();
  private final byte[] key = LeafCommitments.newRecordKey(random);

  @Test
  void opensWhatItSealedAndHidesIt() {
    String sealed = PayloadCipher.seal(key, RECORD, 3, JSON, random);

    assertThat(sealed).startsWith(PayloadCipher.PREFIX).doesNotContain("Omarov");
    assertThat(PayloadCipher.isSealed(sealed)).isTrue();
    assertThat(PayloadCipher.isSealed(JSON)).isFalse();
    assertThat(PayloadCipher.open(key, RECORD, 3, sealed)).isEqualTo(JSON);
  }

  @Test
  void refusesAnotherKeyAnotherRowOrAChangedByte() {
    String sealed = PayloadCipher.seal(key, RECORD, 3, JSON, random);
    byte[] other = LeafCommitments.newRecordKey(random);
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(PayloadCipher.PREFIX.length()));
    bytes[20] ^= 1;
    String changed = PayloadCipher.PREFIX + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> PayloadCipher.open(other, RECORD, 3, sealed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PayloadCipher.open(key, RECORD, 4, sealed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PayloadCipher.open(key, RECORD, 3, changed))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void erasureDecisionCommitmentCoversEveryFieldAndNeedsItsKey() {
    var at = Instant.parse("2026-03-01T10:00:00.123456Z");
    var decision = new ErasureDecision(RECORD, "Court order 2-117/2026", "admin", at);
    byte[] decisionKey = LeafCommitments.newRecordKey(random);

    assertThat(decision.erasedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
    assertThat(decision.commitment(decisionKey))
        .isEqualTo(
            new ErasureDecision(RECORD, "Court order 2-117/2026", "admin", at)
                .commitment(decisionKey))
        .isNotEqualTo(
            new ErasureDecision(RECORD, "Court order 2-118/2026", "admin", at)
                .commitment(decisionKey))
        .isNotEqualTo(decision.commitment(LeafCommitments.newRecordKey(random)));
  }
}
