package org.habeas.training;

import java.util.List;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.RecordSummary;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a database that held custody records before training was installed, fills training's view of
 * who handled which record once, in the background: new events are noted as they are stored.
 */
@Component
class HandledBackfill {

  private static final Logger log = LoggerFactory.getLogger(HandledBackfill.class);
  private static final int PAGE = 200;

  /** Lists records in counts and ids only; no personal data is read. */
  private static final Actor SYSTEM =
      new Actor("system:training-backfill", "Training", Role.MONITOR, null, null, "en");

  private final HandledRecords handled;
  private final CustodyRecords records;

  HandledBackfill(HandledRecords handled, CustodyRecords records) {
    this.handled = handled;
    this.records = records;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!handled.empty() || records.count(SYSTEM, filter()) == 0) {
      return;
    }
    Thread.ofVirtual().name("training-backfill").start(this::run);
  }

  void run() {
    int noted = 0;
    for (int page = 0; ; page++) {
      List<RecordSummary> listed = records.list(SYSTEM, filter(), page, PAGE);
      for (var r : listed) {
        try {
          handled.note(r.id(), records.history(r.id()), Integer.MAX_VALUE);
          noted++;
        } catch (RuntimeException e) {
          // Another instance noting the same record at once, or an unreadable record: skip it.
          log.debug("Training: record {} not noted", r.id(), e);
        }
      }
      if (listed.size() < PAGE) {
        break;
      }
    }
    log.info("Training: noted who handled {} existing custody records", noted);
  }

  private static RecordFilter filter() {
    return new RecordFilter(null, null, null, "oldest");
  }
}
