package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventOpeningTest {

  private final byte[] recordKey = LeafCommitmentsTest.RECORD_KEY;
  private final UUID recordId = UUID.fromString("0b7e3f0e-1111-4222-8333-444455556666");
  private final List<EventOpening> openings = new ArrayList<>();
  private final List<byte[]> commitments = new ArrayList<>();

  EventOpeningTest() {
    for (String type : List.of("Apprehended", "RightsExplained", "LawyerNotified", "Released")) {
      record(type, commitments.isEmpty() ? null : commitments.getLast());
    }
  }

  @Test
  void acceptsTheChainedEventsOfARecord() {
    assertThat(EventOpening.chainIsIntact(openings, commitments)).isTrue();
    assertThat(openings.get(2).event().eventType()).isEqualTo("LawyerNotified");
  }

  @Test
  void detectsAnOmittedEvent() {
    openings.remove(1);
    commitments.remove(1);

    assertThat(EventOpening.chainIsIntact(openings, commitments)).isFalse();
  }

  @Test
  void detectsEventsShownOutOfOrder() {
    openings.add(1, openings.remove(2));
    commitments.add(1, commitments.remove(2));

    assertThat(EventOpening.chainIsIntact(openings, commitments)).isFalse();
  }

  @Test
  void detectsAnOpeningThatDoesNotMatchThePublishedCommitment() {
    commitments.set(3, commitments.get(2));

    assertThat(EventOpening.chainIsIntact(openings, commitments)).isFalse();
  }

  @Test
  void detectsAChainThatDoesNotStartAtTheFirstEvent() {
    assertThat(EventOpening.chainIsIntact(openings.subList(1, 4), commitments.subList(1, 4)))
        .isFalse();
  }

  private void record(String type, byte @Nullable [] previous) {
    UUID eventId = UUID.randomUUID();
    CanonicalEvent event =
        new CanonicalEvent(
            recordId,
            openings.size() + 1,
            type,
            Instant.parse("2026-03-01T17:15:00Z").plusSeconds(600L * openings.size()),
            "ST-01",
            "officer-7",
            Map.of(),
            previous);
    byte[] eventKey = LeafCommitments.eventKey(recordKey, eventId);
    openings.add(new EventOpening(eventKey, event.encode()));
    commitments.add(LeafCommitments.commit(recordKey, eventId, event));
  }
}
