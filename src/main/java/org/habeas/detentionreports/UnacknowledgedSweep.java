package org.habeas.detentionreports;

import java.time.Instant;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.safeguards.SweptDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the reports moving, on the alert sweep's loop ({@link SweptDeadlines}) and as records are
 * opened: each sweep matches the reports still without a record and, for those past due, raises the
 * alert and the complaint once; each {@code Apprehended} stored in custody is matched at once
 * against the waiting reports, so that the record page shows the link without waiting for a sweep.
 * Everything it knows is in the database (the reports' events), so a restart loses nothing.
 */
@Component
class UnacknowledgedSweep implements SweptDeadlines {

  private static final Logger log = LoggerFactory.getLogger(UnacknowledgedSweep.class);
  private static final int BATCH = 500;

  private final DetentionReports reports;
  private final TransactionTemplate each;
  private final TransactionTemplate savepoint;

  UnacknowledgedSweep(DetentionReports reports, PlatformTransactionManager transactions) {
    this.reports = reports;
    this.each = new TransactionTemplate(transactions);
    this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
   * A record was opened: match the waiting reports, behind a savepoint in the custody write's own
   * transaction. A failure here never fails the custody write: it is rolled back to the savepoint
   * and the next sweep matches instead.
   */
  @EventListener
  public void on(CustodyEventRecorded recorded) {
    if (!"Apprehended".equals(recorded.type())) {
      return;
    }
    try {
      // Behind the savepoint from the first statement: on PostgreSQL a failed statement would
      // otherwise abort the custody write's whole transaction.
      savepoint.executeWithoutResult(
          s -> {
            if (reports.anyWaiting()) {
              reports.matchOpened(recorded.recordId());
            }
          });
    } catch (RuntimeException e) {
      log.warn(
          "Detention reports: matching on the opening of record {} failed ({}); the sweep will",
          recorded.recordId(),
          e.getClass().getName());
    }
  }
}
