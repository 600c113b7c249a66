package org.habeas.statistics.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.system.AfterCommitFailure;
import org.habeas.system.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drains the statistics queue on its own thread: right after each custody event is queued
 * (coalesced) and every {@code habeas.statistics.refresh-every} (fixed delay; zero turns the
 * schedule off, the dashboards still catch up when read). At start-up, once the application is
 * ready (after the demo data), records that existed before statistics are queued once.
 *
 * <p>Statistics has ONE listener of custody's events ({@link #committed}): every after-commit
 * listener costs a row of Spring Modulith's event publication registry written in the custody
 * write's own transaction, so queueing and waking the drain share it.
 */
@Component
class ProjectorSchedule extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(ProjectorSchedule.class);
  private static final int MAX_PER_RUN = 5_000;

  /** The listener's id in the event publication registry: keep it when renaming the method. */
  static final String LISTENER = "statistics.queue-custody-event";

  private final Projector projector;

  ProjectorSchedule(
      Projector projector,
      @Value("${habeas.statistics.refresh-every:10s}") Duration every,
      MeterRegistry meters) {
    super("statistics", every, meters);
    this.projector = projector;
  }

  /**
   * After a custody write commits, in a transaction of its own off the writer's thread: the record
   * is queued, and once that commits the queue is drained soon on this class's thread. Its
   * publication stays in the registry until the record is queued, so a crash in between loses
   * nothing (resubmitted at start-up, and by {@code PublicationResubmission} while running).
   */
  @ApplicationModuleListener(id = LISTENER)
  public void committed(CustodyEventRecorded recorded) {
    try {
      projector.queue(recorded.recordId());
    } catch (RuntimeException e) {
      throw new AfterCommitFailure(LISTENER, recorded.recordId(), recorded.seq(), e);
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            soon();
          }
        });
  }

  /** Empties the read model and counts every record again, on this thread. */
  @EventListener
  void rebuild(RebuildRequested request) {
    onLoopThread(
        () -> {
          int n = projector.queueAll(true);
          log.info("Statistics: rebuilding from {} custody records ({})", n, request.by());
          runOnce();
        });
  }

  @EventListener(ApplicationReadyEvent.class)
  void backfill() {
    if (!projector.backfilled()) {
      int n = projector.queueAll(false);
      log.info("Statistics: {} existing custody records queued for the read model", n);
      soon();
    }
  }

  @Override
  protected void pass() {
    projector.catchUp(MAX_PER_RUN);
  }
}
