package org.habeas.detentionreports;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.safeguards.SweptDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the reports moving, on the alert sweep's loop ({@link SweptDeadlines}) and as records are
 * opened: each sweep matches the reports still without a record and, for those past due, raises the
 * alert and the complaint once; after each {@code Apprehended} stored in custody commits, the
 * waiting reports are matched on a thread of their own, so that the record page shows the link
 * without waiting for a sweep, and the custody write pays nothing for it (the write path's round
 * trips are pinned in {@code RoundTripsTests}). Everything it knows is in the database (the
 * reports' events), so a restart loses nothing: a match not made then is made by the next sweep.
 */
@Component
class UnacknowledgedSweep implements SweptDeadlines, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(UnacknowledgedSweep.class);
  private static final int BATCH = 500;

  private final DetentionReports reports;
  private final TransactionTemplate each;
  private final ExecutorService matcher =
      Executors.newSingleThreadExecutor(
          r -> {
            var t = new Thread(r, "detention-report-matcher");
            t.setDaemon(true);
            return t;
          });

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
   * A record was opened and committed: match the waiting reports on the matcher's thread, in a
   * transaction of their own. A failure never touches the custody write; the next sweep matches.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void on(CustodyEventRecorded recorded) {
    if (!"Apprehended".equals(recorded.type())) {
      return;
    }
    matcher.execute(
        () -> {
          try {
            each.executeWithoutResult(
                s -> {
                  if (reports.anyWaiting()) {
                    reports.matchOpened(recorded.recordId());
                  }
                });
          } catch (RuntimeException e) {
            log.warn(
                "Detention reports: matching on the opening of record {} failed ({}); the sweep"
                    + " will",
                recorded.recordId(),
                e.getClass().getName());
          }
        });
  }

  @Override
  public void destroy() {
    matcher.shutdownNow();
  }
}
