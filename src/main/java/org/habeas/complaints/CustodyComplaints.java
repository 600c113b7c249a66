package org.habeas.complaints;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InjuryRecorded;
import org.habeas.system.PlainText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises a complaint linked to the record when a custody record gets an allegation of ill-treatment
 * or an injury, once per event. The rule {@code kz.ill-treatment-reported-24h} tracks the report to
 * the prosecutor on the record; the complaint page shows it.
 *
 * <p><b>An acknowledged allegation never loses its complaint.</b> The complaint is raised in the
 * custody write's own transaction, behind a savepoint (an earlier version ran after the commit in a
 * new transaction: every custody write then held two pooled connections at once, and under load the
 * pool ran dry; the bench found it). If raising fails for any reason (a database error, a bug, text
 * the complaint refuses), the savepoint is rolled back and, in the same transaction, a row of
 * {@code complaint_raise_pending} is written: the custody event is acknowledged only together with
 * its complaint or with this durable promise of one, and if even the promise cannot be written the
 * exception reaches the custody write, which then fails whole and acknowledges nothing. The retry
 * ({@code habeas.complaints.raise-retry-every}) raises every promise not yet kept; each failure is
 * logged as an error, the number waiting is a metric and shows on the complaints list.
 *
 * <p>Why not fail the custody write whenever the complaint cannot be raised? The custody event is
 * the primary record — an injury seen at the desk, an allegation made to the officer — and the
 * complaint is derived from it. Refusing the injury because a secondary module failed would risk
 * losing the fact itself (the officer may not try again); keeping it with a durable promise loses
 * neither.
 */
@Component
class CustodyComplaints implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CustodyComplaints.class);
  private static final Set<String> RAISING = Set.of("AllegationMade", "InjuryRecorded");
  private static final int BATCH = 100;

  /**
   * A promise's rows: made when raising failed; void when there turned out to be nothing to raise.
   */
  static final String PROMISED = "promised";

  static final String VOID = "void";

  private final CustodyRecords custody;
  private final Complaints complaints;
  private final JdbcClient jdbc;
  private final ComplaintStore store;
  private final Clock clock;
  private final TransactionTemplate savepoint;
  private final TransactionTemplate retryTx;
  private final Duration every;
  private final MessageSource messages;
  private @Nullable ScheduledExecutorService executor;

  CustodyComplaints(
      CustodyRecords custody,
      Complaints complaints,
      JdbcClient jdbc,
      ComplaintStore store,
      Clock clock,
      PlatformTransactionManager transactions,
      ObjectProvider<MeterRegistry> meters,
      @Value("${habeas.complaints.raise-retry-every:1m}") Duration every,
      MessageSource messages) {
    this.messages = messages;
    this.custody = custody;
    this.complaints = complaints;
    this.jdbc = jdbc;
    this.store = store;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.retryTx = new TransactionTemplate(transactions);
    this.every = every;
    meters.ifAvailable(
        r ->
            Gauge.builder("habeas.complaints.raises.pending", this, CustodyComplaints::pending)
                .description(
                    "Allegations and injuries recorded in custody awaiting their complaint")
                .register(r));
  }

  @EventListener
  public void on(CustodyEventRecorded recorded) {
    if (!RAISING.contains(recorded.type())) {
      return;
    }
    try {
      savepoint.execute(s -> raise(recorded.recordId(), recorded.seq(), recorded.occurredAt()));
    } catch (RuntimeException e) {
      // Rolled back to the savepoint; the promise lands with the custody event, or nothing does.
      promise(recorded, e);
      // No personal data in the log: the record and seq only.
      log.error(
          "Complaints: complaint for record {} seq {} not raised ({}); kept pending, retried every"
              + " {}",
          recorded.recordId(),
          recorded.seq(),
          e.getClass().getName(),
          every);
    }
  }

  private void promise(CustodyEventRecorded recorded, RuntimeException cause) {
    note(
        recorded.recordId(),
        recorded.seq(),
        recorded.type(),
        recorded.occurredAt(),
        PROMISED,
        cause.getClass().getName());
  }

  /**
   * Appends one row of a promise's life: {@link #PROMISED}, or {@link #VOID} (nothing to raise).
   */
  private void note(
      String recordId, int seq, String type, Instant occurredAt, String state, String failure) {
    jdbc.sql(
            """
            insert into complaint_raise_pending
              (record_id, seq, state, type, occurred_at, failed_at, failure)
            select :record, :seq, :state, :type, :occurred, :failed, :failure
            where not exists (select 1 from complaint_raise_pending
              where record_id = :record and seq = :seq and state = :state)
            """)
        .param("record", recordId)
        .param("seq", seq)
        .param("state", state)
        .param("type", type)
        .param("occurred", Timestamp.from(occurredAt))
        .param("failed", Timestamp.from(clock.instant()))
        .param("failure", cut(failure, 200))
        .update();
  }

  /**
   * Raises the complaint of every promise not yet kept, each in its own transaction; returns how
   * many were raised. A failure is logged and the promise stays for the next run.
   */
  public int retryPending() {
    var due =
        jdbc.sql(
                """
                select p.record_id, p.seq, p.type, p.occurred_at from complaint_raise_pending p
                where p.state = 'promised'
                  and not exists (select 1 from complaint c
                    where c.custody_record_id = p.record_id and c.custody_seq = p.seq)
                  and not exists (select 1 from complaint_raise_pending v
                    where v.record_id = p.record_id and v.seq = p.seq and v.state = 'void')
                order by p.failed_at, p.record_id, p.seq
                limit :batch
                """)
            .param("batch", BATCH)
            .query(
                (rs, i) ->
                    new Pending(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
            .list();
    int raised = 0;
    for (var p : due) {
      try {
        if (Boolean.TRUE.equals(
            retryTx.execute(s -> raise(p.recordId(), p.seq(), p.occurredAt())))) {
          raised++;
          log.info(
              "Complaints: pending complaint for record {} seq {} raised", p.recordId(), p.seq());
        } else {
          note(p.recordId(), p.seq(), p.type(), p.occurredAt(), VOID, "nothing to raise");
          log.info(
              "Complaints: pending complaint for record {} seq {} void (record erased)",
              p.recordId(),
              p.seq());
        }
      } catch (RuntimeException e) {
        log.error(
            "Complaints: pending complaint for record {} seq {} still not raised ({})",
            p.recordId(),
            p.seq(),
            e.getClass().getName());
      }
    }
    return raised;
  }

  /** How many acknowledged allegations and injuries still wait for their complaint. */
  long pending() {
    return store.pendingRaises();
  }

  private record Pending(String recordId, int seq, String type, Instant occurredAt) {}

  /**
   * Raises the event's complaint; false when there is nothing to raise (the record was lawfully
   * erased, or the event is no allegation or injury).
   */
  private boolean raise(String recordId, int seq, Instant occurredAt) {
    var events = custody.historyRaisingComplaint(recordId, seq);
    if (events.isEmpty()) {
      return false;
    }
    var state = CustodyRecord.replay(events);
    var stored = state.event(seq);
    var event = stored.event() instanceof Corrected c ? c.replacement() : stored.event();
    String narrative;
    String against = null;
    String injuries = null;
    switch (event) {
      case AllegationMade a -> {
        narrative = a.description();
        against = a.against();
      }
      case InjuryRecorded i -> {
        var marked = marked(i);
        narrative = marked.isEmpty() ? i.description() : i.description() + "\n\n" + marked;
        if (i.account() != null) {
          narrative = narrative + "\n\n" + text("bodymap.account") + ": " + i.account();
        }
        injuries = marked.isEmpty() ? i.description() : marked;
      }
      default -> {
        return false;
      }
    }
    var intake =
        new Intake(
            ComplainantRole.VICTIM,
            cut(state.person().name(), 200),
            null,
            ContactPreference.NONE,
            null,
            cut(narrative, 10000),
            null,
            state.currentFacilityId(),
            null,
            against == null ? null : cut(against, 500),
            injuries == null ? null : cut(injuries, 2000),
            // Held on remand is still held (issue 16): the complaint is urgent.
            state.isHeld(),
            null);
    complaints.raiseFromCustody(
        recordId,
        seq,
        String.valueOf(stored.recordedBy()),
        occurredAt,
        intake,
        Category.ILL_TREATMENT);
    return true;
  }

  /**
   * The regions and kinds marked on the body map, in words ("Marked on the body map: Face — bruise,
   * 3 cm; ..."), in the language of the request that recorded them; empty when nothing is marked.
   */
  private String marked(InjuryRecorded injury) {
    var parts = new java.util.ArrayList<String>();
    for (var m : injury.marksOrNone()) {
      var part =
          new StringBuilder(text(m.region().label())).append(" — ").append(text(m.kind().label()));
      if (m.sizeCm() != null) {
        part.append(", ").append(text("bodymap.sizeShown", m.sizeCm()));
      }
      if (m.age() != null) {
        part.append(", ").append(text(m.age().label()));
      }
      if (m.description() != null) {
        part.append(": ").append(m.description());
      }
      parts.add(part.toString());
    }
    return parts.isEmpty() ? "" : text("bodymap.marked", String.join("; ", parts));
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }

  /**
   * At most {@code max} characters; a character the complaint refuses ({@link PlainText}) becomes
   * U+FFFD. Only here: the custody record keeps the words exactly as recorded, and the complaint
   * links to it.
   */
  private static String cut(String s, int max) {
    var text = s.length() <= max ? s : s.substring(0, max);
    if (!PlainText.refused(text)) {
      return text;
    }
    var sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> sb.appendCodePoint(PlainText.refused(Character.toString(c)) ? 0xFFFD : c));
    return sb.toString();
  }

  @Override
  public synchronized void start() {
    if (every.isZero() || every.isNegative() || executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("complaints-raise-retry").daemon().unstarted(task));
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            retryPending();
          } catch (RuntimeException e) {
            log.error("Complaints: the retry of pending complaints failed; again in {}", every, e);
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
