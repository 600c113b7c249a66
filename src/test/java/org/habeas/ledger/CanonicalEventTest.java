package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalEventTest {

  @Test
  void decodesWhatItEncodes() {
    CanonicalEvent event = LeafCommitmentsTest.apprehended();

    assertThat(CanonicalEvent.decode(event.encode())).isEqualTo(event);
  }

  @Test
  void carriesThePreviousCommitment() {
    byte[] previous = new byte[32];
    previous[0] = 7;
    CanonicalEvent event =
        new CanonicalEvent(
            UUID.randomUUID(),
            2,
            "RightsExplained",
            Instant.EPOCH,
            "ST-01",
            "o",
            Map.of(),
            previous);

    assertThat(CanonicalEvent.decode(event.encode()).prevCommitment()).isEqualTo(previous);
  }

  @Test
  void rejectsAnEncodingThatIsNotExactlyCanonical() {
    byte[] canonical = LeafCommitmentsTest.apprehended().encode();
    String hex = HexFormat.of().formatHex(canonical);
    // The same instant written with a redundant fraction is a different byte string.
    String padded =
        hex.replace(
            "74" + "323032362d30332d30315431373a31353a30305a",
            "7818" + "323032362d30332d30315431373a31353a30302e3030305a");

    assertThatThrownBy(() -> CanonicalEvent.decode(HexFormat.of().parseHex(padded)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalEvent.decode(HexFormat.of().parseHex("a0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void commitsToTheRecordedTimeSoThatABackDatedEntryNoLongerOpens() {
    CanonicalEvent logged = recordedAt("2026-03-01T19:40:00Z");
    byte[] key = new byte[32];

    assertThat(CanonicalEvent.decode(logged.encode())).isEqualTo(logged);
    assertThat(CanonicalEvent.decode(logged.encode()).recordedTime())
        .isEqualTo(Instant.parse("2026-03-01T19:40:00Z"));
    assertThat(LeafCommitments.commit(key, LeafCommitmentsTest.EVENT_ID, logged))
        .isNotEqualTo(
            LeafCommitments.commit(
                key, LeafCommitmentsTest.EVENT_ID, recordedAt("2026-03-01T17:20:00Z")));
  }

  @Test
  void readsEventsLoggedBeforeRecordedTimesWereCommittedExactlyAsTheyWere() {
    byte[] before = LeafCommitmentsTest.apprehended().encode();

    CanonicalEvent decoded = CanonicalEvent.decode(before);

    assertThat(decoded.recordedTime()).isNull();
    assertThat(decoded.encode()).isEqualTo(before);
  }

  @Test
  void refusesARecordedTimeThatIsNoTime() {
    String hex = HexFormat.of().formatHex(recordedAt("2026-03-01T19:40:00Z").encode());
    // "recorded_time" followed by its text: the same length of text that is no instant
    String bad =
        hex.replace(
            HexFormat.of()
                .formatHex(
                    "2026-03-01T19:40:00Z".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
            HexFormat.of()
                .formatHex(
                    "2026-03-01T19:40:00?".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

    assertThatThrownBy(() -> CanonicalEvent.decode(HexFormat.of().parseHex(bad)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CanonicalEvent recordedAt(String recorded) {
    CanonicalEvent event = LeafCommitmentsTest.apprehended();
    return new CanonicalEvent(
        event.recordId(),
        event.eventSeq(),
        event.eventType(),
        event.claimedTime(),
        Instant.parse(recorded),
        event.station(),
        event.officerId(),
        event.payload(),
        null);
  }

  @Test
  void refusesPayloadWithoutDeterministicEncoding() {
    assertThatThrownBy(
            () ->
                new CanonicalEvent(
                    UUID.randomUUID(), 1, "T", Instant.EPOCH, "s", "o", Map.of("x", 0.5), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
