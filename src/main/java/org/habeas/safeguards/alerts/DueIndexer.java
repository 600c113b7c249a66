package org.habeas.safeguards.alerts;

import java.time.Clock;
import java.util.Objects;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.Judgements;
import org.habeas.safeguards.RecordSafeguards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Judges a record each time an event is stored, inside the storing transaction, and keeps its next
 * due instant indexed: the index can never lag behind the record. The engine runs here once per
 * stored event, on the history the event carries; what it judged goes back to custody as {@link
 * org.habeas.custody.RecordJudged} (the legal limit and the deadlines the board and clock show), in
 * the same transaction.
 */
@Component
class DueIndexer {

  private static final Logger log = LoggerFactory.getLogger(DueIndexer.class);

  private final RecordSafeguards safeguards;
  private final CustodyRecords records;
  private final DueIndex index;
  private final AlertSettings settings;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  DueIndexer(
      RecordSafeguards safeguards,
      CustodyRecords records,
      DueIndex index,
      AlertSettings settings,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.safeguards = safeguards;
    this.records = records;
    this.index = index;
    this.settings = settings;
    this.publisher = publisher;
    this.clock = clock;
  }

  @EventListener
  void on(CustodyEventRecorded recorded) {
    var now = clock.instant();
    var recordId = recorded.recordId();
    Evaluation evaluation;
    CustodyRecord state;
    try {
      // The history comes with the event; only a publication resubmitted without it reads it.
      var history = recorded.carried() ? recorded.history() : records.history(recordId);
      if (history == null || history.isEmpty()) {
        throw new IllegalStateException("no history to judge");
      }
      state =
          recorded.carried()
              ? Objects.requireNonNull(recorded.state(), "carried")
              : CustodyRecord.replay(history);
      evaluation = safeguards.evaluate(history, state, now);
    } catch (RuntimeException e) {
      // A record the engine cannot judge must still be stored; the sweep looks at it again.
      log.warn("Alerts: could not judge record {}; the sweep retries", recordId, e);
      index.retryLater(recordId, now);
      return;
    }
    index.index(
        recordId, evaluation, DueIndex.checkAt(evaluation, settings.leadTime(), now).orElse(null));
    publisher.publishEvent(Judgements.of(recordId, evaluation, safeguards.profileOf(state)));
  }
}
