package org.habeas.detentionreports;

import java.time.Instant;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.safeguards.SweptDeadlines;
import org.habeas.system.AfterCommitFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the reports moving, on the alert sweep's loop ({@link SweptDeadlines}) and as records are
 * opened: each sweep matches the reports still without a record and, for those past due, raises the
 * alert and the complaint once; after each {@code Apprehended} stored in custody commits, the
 * waiting reports are matched in a transaction of their own, off the writer's thread (Spring
 * Modulith's event publication registry), so that the record page shows the link without waiting
 * for a sweep. Only an {@code Apprehended} makes a registry row (the listener's condition is judged
 * before the registry stores one): the custody write pays for one insert on opening a record, none
 * on any other event (the write path's round trips are pinned in {@code RoundTripsTests}).
 * Everything it knows is in the database (the reports' events and the registry), so a restart loses
 * nothing.
 */
@Component
class UnacknowledgedSweep implements SweptDeadlines {

  private static final Logger log = LoggerFactory.getLogger(UnacknowledgedSweep.class);
  private static final int BATCH = 500;

  private final DetentionReports reports;
  private final TransactionTemplate each;

  /** The listener's id in the event publication registry: keep it when renaming the method. */
  static final String LISTENER = "detentionreports.match-opened";

  UnacknowledgedSweep(DetentionReports reports, PlatformTransactionManager transactions) {
    this.reports = reports;
    this.each = new TransactionTemplate(transactions);
    this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Each waiting report in its own transaction: one that fails waits for the next sweep. */
  @Override
  public int sweep(Instant now) {
    int raised = 0;
    for (var id : reports.waiting(now, BATCH)) {
      try {
        if (Boolean.TRUE.equals(each.execute(s -> reports.sweepOne(id, now)))) {
          raised++;
        }
      } catch (RuntimeException e) {
        // Another instance took the same step first (its key), or the database failed: next time.
        log.info(
            "Detention reports: report {} not swept ({}); again next sweep",
            DetentionReports.pseudonym(id),
            e.getClass().getName());
      }
    }
    return raised;
  }

  /**
   * A record was opened and committed: the waiting reports are matched, in this listener's own
   * transaction. A failure leaves the publication incomplete in the registry, resubmitted later
   * (and the sweep matches meanwhile); matching twice changes nothing.
   */
  @ApplicationModuleListener(id = LISTENER, condition = "#recorded.type() == 'Apprehended'")
  public void on(CustodyEventRecorded recorded) {
    try {
      if (reports.anyWaiting()) {
        reports.matchOpened(recorded.recordId());
      }
    } catch (RuntimeException e) {
      // A report holds a person's name: the log gets the record and seq only.
      throw new AfterCommitFailure(LISTENER, recorded.recordId(), recorded.seq(), e);
    }
  }
}
