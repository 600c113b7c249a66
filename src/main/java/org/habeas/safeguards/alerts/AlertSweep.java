package org.habeas.safeguards.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.Judgements;
import org.habeas.safeguards.LocalizedText;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.SweptDeadlines;
import org.habeas.system.Facilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweep: judges only the records whose next due instant has come or lies within the lead time,
 * raises what is owed (APPROACHING, BREACHED) once across all instances, re-indexes the records,
 * then sends what is due to be sent. The schedule calls it; tests call {@link #sweep(Instant)}.
 */
@Component
public class AlertSweep {

  private static final Logger log = LoggerFactory.getLogger(AlertSweep.class);

  /** What one sweep did. */
  public record Result(int records, int raised, int attempted) {}

  private final DueIndex index;
  private final Alerts alerts;
  private final Dispatch dispatch;
  private final RecordSafeguards safeguards;
  private final CustodyRecords records;
  private final Facilities facilities;
  private final MessageSource messages;
  private final AlertSettings settings;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final ObjectProvider<SweptDeadlines> others;

  AlertSweep(
      DueIndex index,
      Alerts alerts,
      Dispatch dispatch,
      RecordSafeguards safeguards,
      CustodyRecords records,
      Facilities facilities,
      MessageSource messages,
      AlertSettings settings,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher publisher,
      Clock clock,
      ObjectProvider<SweptDeadlines> others) {
    this.others = others;
    this.index = index;
    this.alerts = alerts;
    this.dispatch = dispatch;
    this.safeguards = safeguards;
    this.records = records;
    this.facilities = facilities;
    this.messages = messages;
    this.settings = settings;
    this.tx = new TransactionTemplate(transactions);
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Sweeps as of now. */
  public Result sweep() {
    return sweep(clock.instant());
  }

  /** Raises what is owed at {@code now}, then makes the deliveries due by then. */
  public Result sweep(Instant now) {
    int swept = 0;
    int raised = 0;
    while (true) {
      var batch = tx.execute(s -> raiseDue(now));
      swept += batch.records();
      raised += batch.raised();
      if (batch.records() < settings.batchSize()) {
        break;
      }
    }
    // Deadlines other modules keep (reports of a detention): on the same loop, before sending.
    for (var other : others.orderedStream().toList()) {
      try {
        raised += other.sweep(now);
      } catch (RuntimeException e) {
        log.warn("Alerts: {} could not sweep; trying again next time", other.getClass(), e);
      }
    }
    int attempted = 0;
    while (true) {
      int n = tx.execute(s -> dispatch.deliverDue(now));
      attempted += n;
      if (n < settings.batchSize()) {
        break;
      }
    }
    return new Result(swept, raised, attempted);
  }

  private Result raiseDue(Instant now) {
    var claimed = index.claim(now, settings.batchSize());
    int raised = 0;
    for (var recordId : claimed) {
      try {
        raised += raiseFor(recordId, now);
      } catch (RuntimeException e) {
        log.warn("Alerts: could not judge record {}; trying again later", recordId, e);
        index.retryLater(recordId, now);
      }
    }
    return new Result(claimed.size(), raised, 0);
  }

  private int raiseFor(String recordId, Instant now) {
    var history = records.history(recordId);
    if (history.isEmpty()) { // erased: nothing left to act on
      index.index(recordId, new Evaluation(now, List.of(), null, null), null);
      return 0;
    }
    var state = CustodyRecord.replay(history);
    var evaluation = safeguards.evaluate(history, state, now);
    var profile = safeguards.profileOf(state);
    var facility = facilities.find(state.currentFacilityId()).orElseThrow();
    int raised = 0;
    for (var o : evaluation.obligations()) {
      var kind = owed(o, now);
      if (kind.isEmpty()) {
        continue;
      }
      var alert =
          new Alert(
              0,
              recordId,
              CustodyRecords.pseudonym(recordId),
              o.ruleId(),
              kind.get(),
              title(profile, o.ruleId()),
              o.basis(),
              o.startedAt(),
              o.dueAt(),
              facility.id(),
              facility.regionCode(),
              facility.zone(),
              now,
              AlertStatus.OPEN);
      var id = alerts.raise(key(recordId, o, kind.get()), alert);
      if (id.isPresent()) {
        raised++;
        dispatch.enqueue(alert.withId(id.get()), now);
      }
    }
    index.index(
        recordId,
        evaluation,
        DueIndex.following(evaluation, settings.leadTime(), now).orElse(null));
    // Time passing changes what is breached and what comes next: custody's board and clock follow.
    publisher.publishEvent(Judgements.of(recordId, evaluation, profile));
    return raised;
  }

  /** The alert an obligation owes at {@code now}, if any. */
  Optional<AlertKind> owed(Obligation o, Instant now) {
    if (o.status() == ObligationStatus.BREACHED) {
      return Optional.of(AlertKind.BREACHED);
    }
    if (DueIndex.approaching(o, settings.leadTime(), now)) {
      return Optional.of(AlertKind.APPROACHING);
    }
    return Optional.empty();
  }

  /**
   * One alert per record, rule, obligation (by its start and due instants, else its events), kind.
   */
  static String key(String recordId, Obligation o, AlertKind kind) {
    var parts = new ArrayList<String>();
    parts.add(recordId);
    parts.add(o.ruleId());
    parts.add(String.valueOf(o.startedAt()));
    parts.add(String.valueOf(o.dueAt()));
    if (o.startedAt() == null && o.dueAt() == null) {
      parts.add(o.seqs().toString());
    }
    parts.add(kind.name());
    var key = String.join("|", parts);
    return key.length() <= 400 ? key : key.substring(0, 400);
  }

  private LocalizedText title(Profile profile, String ruleId) {
    return profile
        .rule(ruleId)
        .map(Rule::title)
        .orElseGet(
            () ->
                new LocalizedText(
                    signal(ruleId, Locale.forLanguageTag("kk")),
                    signal(ruleId, Locale.forLanguageTag("ru")),
                    signal(ruleId, Locale.ENGLISH)));
  }

  private String signal(String ruleId, Locale locale) {
    return Objects.requireNonNullElse(
        messages.getMessage("safeguards.rule." + ruleId, null, ruleId, locale), ruleId);
  }
}
