package org.habeas.safeguards.alerts;

import java.time.Clock;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.safeguards.RecordSafeguards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-judges a record each time an event is stored, inside the storing transaction, and keeps its
 * next due instant indexed: the index can never lag behind the record.
 */
@Component
class DueIndexer {

  private static final Logger log = LoggerFactory.getLogger(DueIndexer.class);

  private final RecordSafeguards safeguards;
  private final DueIndex index;
  private final AlertSettings settings;
  private final Clock clock;

  DueIndexer(RecordSafeguards safeguards, DueIndex index, AlertSettings settings, Clock clock) {
    this.safeguards = safeguards;
    this.index = index;
    this.settings = settings;
    this.clock = clock;
  }

  @EventListener
  void on(CustodyEventRecorded recorded) {
    var now = clock.instant();
    org.habeas.safeguards.Evaluation evaluation;
    try {
      evaluation = safeguards.evaluate(recorded.recordId(), now);
    } catch (RuntimeException e) {
      // A record the engine cannot judge must still be stored; the sweep looks at it again.
      log.warn("Alerts: could not judge record {}; the sweep retries", recorded.recordId(), e);
      index.retryLater(recorded.recordId(), now);
      return;
    }
    index.index(
        recorded.recordId(),
        evaluation,
        DueIndex.checkAt(evaluation, settings.leadTime(), now).orElse(null));
  }
}
