package org.habeas.statistics.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.habeas.custody.CustodyRecordErased;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the read model true to the custody records.
 *
 * <ul>
 *   <li>Each stored custody event queues its record in {@code stat_pending} after the storing
 *       transaction commits ({@link ProjectorSchedule#committed}, through Spring Modulith's event
 *       publication registry): a committed event can never be missed, since its publication stays
 *       in the registry until the record is queued, and a rolled-back one never counts.
 *   <li>After the commit, and on {@code habeas.statistics.refresh-every}, the queue is drained:
 *       each queued record is read through {@link CustodyRecords#history} and judged through {@link
 *       RecordSafeguards#evaluate}, its old facts are subtracted from the monthly aggregates and
 *       the new ones added. One drain at a time (a lock row), so aggregates are never raced.
 *   <li>Time alone changes compliance (a deadline passing with no event): each record's facts keep
 *       the instant its next obligation status changes ({@link Evaluation#nextDueAt()}), and the
 *       record is projected again once that instant has passed (the schedule, and every dashboard
 *       read, catch up first).
 *   <li>Records stored before statistics existed are queued once at start-up; an administrator can
 *       rebuild the whole read model from the records.
 * </ul>
 */
@Component
public class Projector {

  private static final Logger log = LoggerFactory.getLogger(Projector.class);

  /** How long a record that could not be judged waits before it is projected again. */
  static final Duration RETRY = Duration.ofMinutes(5);

  private static final int BATCH = 100;
  private static final int PAGE = 500;
  private static final Actor OVERSIGHT =
      new Actor("system:statistics", "Statistics", Role.MONITOR, null, null, "en");

  private final StatStore store;
  private final StatQueue queue;
  private final CustodyRecords records;
  private final RecordSafeguards safeguards;
  private final Facilities facilities;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  Projector(
      StatStore store,
      StatQueue queue,
      CustodyRecords records,
      RecordSafeguards safeguards,
      Facilities facilities,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.store = store;
    this.queue = queue;
    this.records = records;
    this.safeguards = safeguards;
    this.facilities = facilities;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Queues a record to be projected again (queueing twice changes nothing but the order). */
  void queue(String recordId) {
    queue.enqueue(recordId, clock.instant());
  }

  /** In the erasing transaction: the record is projected again, and so drops out. */
  @EventListener
  void queue(CustodyRecordErased erased) {
    queue.enqueue(erased.recordId(), clock.instant());
  }

  /**
   * Brings the read model up to date: drains the queue and projects again the records whose next
   * status change has passed, at most {@code max} records in all. Returns how many were projected.
   */
  public int catchUp(int max) {
    lock.lock();
    try {
      int done = 0;
      while (done < max) {
        Integer n = tx.execute(s -> drainBatch(Math.min(BATCH, max)));
        if (n == null || n == 0) {
          break;
        }
        done += n;
      }
      while (done < max) {
        Integer n = tx.execute(s -> refreshDue(Math.min(BATCH, max)));
        if (n == null || n == 0) {
          break;
        }
        done += n;
      }
      return done;
    } finally {
      lock.unlock();
    }
  }

  /** Records queued and not yet projected. */
  public long pending() {
    return queue.pendingCount();
  }

  /**
   * Queues every record Habeas holds, after emptying the read model when {@code clear}: the
   * start-up backfill and the administrator's rebuild. Returns how many records were queued.
   */
  public int queueAll(boolean clear) {
    lock.lock();
    try {
      Integer queued =
          tx.execute(
              s -> {
                queue.lock();
                if (clear) {
                  store.clear();
                }
                var now = clock.instant();
                var filter = new RecordFilter(null, null, null, "oldest");
                int n = 0;
                for (int page = 0; ; page++) {
                  var listed = records.list(OVERSIGHT, filter, page, PAGE);
                  for (var r : listed) {
                    queue.enqueue(r.id(), now);
                    n++;
                  }
                  if (listed.size() < PAGE) {
                    break;
                  }
                }
                queue.setState("backfilled", now.toString());
                return n;
              });
      return queued == null ? 0 : queued;
    } finally {
      lock.unlock();
    }
  }

  /** Whether the records of before statistics existed have been queued. */
  public boolean backfilled() {
    return queue.state("backfilled").isPresent();
  }

  private int drainBatch(int limit) {
    queue.lock();
    var batch = queue.pending(limit);
    var now = clock.instant();
    for (var e : batch) {
      project(e.getKey(), now);
      queue.dequeue(e.getKey(), e.getValue());
    }
    return batch.size();
  }

  private int refreshDue(int limit) {
    queue.lock();
    var now = clock.instant();
    var due = store.due(now, limit);
    due.forEach(id -> project(id, now));
    return due.size();
  }

  /** Replaces the record's facts with what its events say now. */
  void project(String recordId, Instant now) {
    var old = store.load(recordId).orElse(null);
    var events = records.history(recordId);
    if (events.isEmpty()) {
      store.replace(old, null, now); // unknown, or lawfully erased: it no longer counts
      return;
    }
    Evaluation evaluation = judge(recordId, now);
    RecordFacts facts;
    try {
      facts = RecordFacts.of(recordId, events, evaluation, facilities::find, now);
    } catch (RuntimeException e) {
      log.warn("Statistics: record {} could not be counted", recordId, e);
      store.replace(old, null, now);
      return;
    }
    if (evaluation == null) {
      facts = withNextCheck(facts, now.plus(RETRY));
    }
    store.replace(old, facts, now);
  }

  private @Nullable Evaluation judge(String recordId, Instant now) {
    try {
      return safeguards.evaluate(recordId, now);
    } catch (RuntimeException e) {
      log.warn("Statistics: could not judge record {}; trying again later", recordId, e);
      return null;
    }
  }

  private static RecordFacts withNextCheck(RecordFacts f, Instant at) {
    return new RecordFacts(
        f.recordId(),
        f.key(),
        f.apprehendedAt(),
        f.juvenile(),
        f.closed(),
        f.lawyerMinutes(),
        f.judgeMinutes(),
        f.questionings(),
        f.questioningsVideo(),
        f.questioningsNight(),
        f.events(),
        f.lateEntries(),
        at,
        f.rules());
  }
}
