package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Known answers computed independently with Python's hmac and a hand-written CBOR encoder. */
class LeafCommitmentsTest {

  static final HexFormat HEX = HexFormat.of();
  static final byte[] RECORD_KEY =
      HEX.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  static final UUID EVENT_ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

  @Test
  void derivesTheEventKeyFromTheRecordKeyAndEventId() {
    assertThat(HEX.formatHex(LeafCommitments.eventKey(RECORD_KEY, EVENT_ID)))
        .isEqualTo("880735202b864f0995240a375eedde06be604b93df6c610335a45261caf337d7");
  }

  @Test
  void encodesTheEventAsDeterministicCbor() {
    assertThat(HEX.formatHex(apprehended().encode()))
        .isEqualTo(
            "a8677061796c6f6164a5646e6f7465f665636f756e741901f46564656c74612266726561736f6e6973"
                + "7573706963696f6e686a7576656e696c65f56773746174696f6e6553542d3031696576656e745f73"
                + "657101697265636f72645f6964782430623765336630652d313131312d343232322d383333332d34"
                + "34343435353535363636366a6576656e745f747970656b417070726568656e6465646a6f66666963"
                + "65725f6964696f6666696365722d376c636c61696d65645f74696d6574323032362d30332d303154"
                + "31373a31353a30305a6f707265765f636f6d6d69746d656e74f6");
  }

  @Test
  void commitsWithHmacOverTheLabelledCanonicalEvent() {
    assertThat(HEX.formatHex(LeafCommitments.commit(RECORD_KEY, EVENT_ID, apprehended())))
        .isEqualTo("4b9f82b8e2b1be8333009e8aa517274c8daf0664d447225ee50e092f6dfabff5");
  }

  @Test
  void opensOnlyWithTheEventKeyAndTheExactEvent() {
    byte[] eventKey = LeafCommitments.eventKey(RECORD_KEY, EVENT_ID);
    byte[] canonical = apprehended().encode();
    byte[] commitment = LeafCommitments.commitment(eventKey, canonical);
    byte[] otherKey = LeafCommitments.eventKey(RECORD_KEY, UUID.randomUUID());
    byte[] altered = canonical.clone();
    altered[altered.length - 2] ^= 1;

    assertThat(LeafCommitments.opens(commitment, eventKey, canonical)).isTrue();
    assertThat(LeafCommitments.opens(commitment, otherKey, canonical)).isFalse();
    assertThat(LeafCommitments.opens(commitment, eventKey, altered)).isFalse();
  }

  @Test
  void digestsTextUnderTheRecordKeySoThatOnlyItsHolderCanCheckIt() {
    byte[] otherKey = RECORD_KEY.clone();
    otherKey[0] ^= 1;

    assertThat(LeafCommitments.digest(RECORD_KEY, "yes"))
        .hasSize(64)
        .isEqualTo(LeafCommitments.digest(RECORD_KEY, "yes"))
        .isNotEqualTo(LeafCommitments.digest(RECORD_KEY, "no"))
        .isNotEqualTo(LeafCommitments.digest(otherKey, "yes"))
        .isNotEqualTo(LeafCommitments.digest(new byte[32], "yes"));
  }

  @Test
  void drawsDistinctRecordKeys() {
    SecureRandom random = new SecureRandom();

    assertThat(LeafCommitments.newRecordKey(random))
        .hasSize(32)
        .isNotEqualTo(LeafCommitments.newRecordKey(random));
  }

  static CanonicalEvent apprehended() {
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("reason", "suspicion");
    payload.put("juvenile", true);
    payload.put("count", 500L);
    payload.put("note", null);
    payload.put("delta", -3L);
    return new CanonicalEvent(
        UUID.fromString("0b7e3f0e-1111-4222-8333-444455556666"),
        1,
        "Apprehended",
        Instant.parse("2026-03-01T17:15:00Z"),
        "ST-01",
        "officer-7",
        payload,
        null);
  }
}
