package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.habeas.IntegrationTest;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.custody.StoredEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a stored custody event costs the writer's transaction in Spring Modulith's event publication
 * registry, and what the registry keeps of it. Each event is published here in a transaction that
 * is then rolled back: the rows the registry wrote are read inside it, and no listener runs.
 */
@IntegrationTest
class EventPublicationRegistryTests {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final String NAME = "Personal Nameforregistry";
  private static final String IIN = "880601300123";
  private static final String GROUNDS = "grounds only the record may know";
  private static final String OFFENCE = "offence only the record may know";

  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void anOrdinaryEventMakesTwoPublicationsAndOnlyAnOpeningAnAllegationOrAnInjuryMore() {
    assertThat(listenersOf(recorded("CellVisited")))
        .containsExactlyInAnyOrder("statistics.queue-custody-event", "training.note-handled");
    assertThat(listenersOf(recorded("Released")))
        .containsExactlyInAnyOrder("statistics.queue-custody-event", "training.note-handled");
    assertThat(listenersOf(recorded("Apprehended")))
        .containsExactlyInAnyOrder(
            "statistics.queue-custody-event",
            "training.note-handled",
            "detentionreports.match-opened");
    assertThat(listenersOf(recorded("AllegationMade")))
        .containsExactlyInAnyOrder(
            "statistics.queue-custody-event",
            "training.note-handled",
            "complaints.raise-from-custody");
    assertThat(listenersOf(recorded("InjuryRecorded")))
        .containsExactlyInAnyOrder(
            "statistics.queue-custody-event",
            "training.note-handled",
            "complaints.raise-from-custody");
  }

  @Test
  void theRegistryKeepsOnlyTheEventsIdentifyingFieldsEvenOfAnEventThatCarriesTheRecord() {
    var record = UUID.randomUUID().toString();
    var apprehended =
        new Apprehended(
            AT,
            "kz-ast-tdf1",
            new Person(NAME, LocalDate.of(1988, 6, 1), IIN, "KZ", "kk"),
            GROUNDS,
            OFFENCE,
            null,
            Jurisdiction.KZ);
    var allegation = new AllegationMade(AT.plusSeconds(60), "the duty officer", "hit " + NAME);
    var history = List.of(stored(1, apprehended), stored(2, allegation));
    var rich =
        new CustodyEventRecorded(
            record,
            2,
            "AllegationMade",
            allegation.occurredAt(),
            history.getLast(),
            CustodyRecord.replay(history),
            history);
    assertThat(rich.carried()).isTrue();

    var serialized =
        inRolledBackTransaction(
            rich,
            () ->
                jdbc.sql(
                        "select serialized_event from event_publication where serialized_event"
                            + " like ?")
                    .param("%" + record + "%")
                    .query(String.class)
                    .list());

    assertThat(serialized).hasSize(3); // statistics, training, complaints
    for (var json : serialized) {
      assertThat(json)
          .doesNotContain(NAME, "Nameforregistry", IIN, GROUNDS, OFFENCE, "the duty officer")
          .doesNotContain("history", "state", "stored", "person")
          .contains(record, "\"seq\":2", "AllegationMade", "2026-12-01T10:01:00");
    }
  }

  private List<String> listenersOf(CustodyEventRecorded event) {
    return inRolledBackTransaction(
        event,
        () ->
            jdbc.sql("select listener_id from event_publication where serialized_event like ?")
                .param("%" + event.recordId() + "%")
                .query(String.class)
                .list());
  }

  /** Publishes the event in a transaction, reads what {@code read} reads, and rolls back. */
  private <T> T inRolledBackTransaction(Object event, Supplier<T> read) {
    var tx = new TransactionTemplate(transactions);
    return tx.execute(
        status -> {
          events.publishEvent(event);
          var result = read.get();
          status.setRollbackOnly();
          return result;
        });
  }

  private static CustodyEventRecorded recorded(String type) {
    return new CustodyEventRecorded(UUID.randomUUID().toString(), 3, type, AT);
  }

  private static StoredEvent stored(int seq, CustodyEvent event) {
    return new StoredEvent(seq, event, event.occurredAt(), "officer", null);
  }
}
