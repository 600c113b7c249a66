package org.habeas.custody;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.habeas.ledger.LedgerRecord;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.StreamAppends;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to a record, one or a batch, each in the order of the write path: validate, load
 * the record (once), decide access by the record as it stands, check the event against its
 * timeline, insert the event, then land it ({@link Landing}: the ledger's outbox, the publication
 * that keeps the safeguards' due index and brings back their judgement, custody's read model).
 */
@Component
class Appending {

  private final CustodyEventStore store;
  private final RecordHistories histories;
  private final CustodyAccess access;
  private final EventChecks checks;
  private final Landing landing;
  private final MerkleLog ledger;
  private final Clock clock;

  Appending(
      CustodyEventStore store,
      RecordHistories histories,
      CustodyAccess access,
      EventChecks checks,
      Landing landing,
      MerkleLog ledger,
      Clock clock) {
    this.store = store;
    this.histories = histories;
    this.access = access;
    this.checks = checks;
    this.landing = landing;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Appends one event.
   *
   * @param expectedLastSeq if given, the append only lands if the record's last seq is this one
   *     (the caller's view of the record is not stale)
   */
  @Transactional
  StoredEvent append(
      Actor actor, String recordId, CustodyEvent event, @Nullable Integer expectedLastSeq) {
    checks.validate(event);
    var ledgerRecord = ledger.forAppend(recordId);
    return appendTo(actor, ledgerRecord, histories.existing(ledgerRecord), event, expectedLastSeq);
  }

  /**
   * Appends several events to one record in one transaction, in the order given, all or none: the
   * record's key is locked and its history loaded once, and each event is then decided, checked,
   * stored and landed exactly as {@link #append} does, on the record as the events before it left
   * it.
   *
   * @param expectedLastSeq if given, the batch only lands if the record's last seq is this one
   *     before its first event
   * @param atElement what the refusal of element {@code i} becomes (the batch names the element)
   */
  @Transactional
  List<StoredEvent> appendAll(
      Actor actor,
      String recordId,
      List<CustodyEvent> events,
      @Nullable Integer expectedLastSeq,
      BiFunction<Integer, Problem, Problem> atElement) {
    var stored = new ArrayList<StoredEvent>(events.size());
    int i = 0;
    try {
      var ledgerRecord = ledger.forAppend(recordId);
      var history = new ArrayList<>(histories.existing(ledgerRecord));
      for (; i < events.size(); i++) {
        var event = events.get(i);
        checks.validate(event);
        var one =
            appendTo(
                actor, ledgerRecord, List.copyOf(history), event, i == 0 ? expectedLastSeq : null);
        history.add(one);
        stored.add(one);
      }
    } catch (Problem refused) {
      throw atElement.apply(i, refused);
    }
    return List.copyOf(stored);
  }

  /** {@link #append} on a record whose key is locked and whose history is loaded. */
  private StoredEvent appendTo(
      Actor actor,
      LedgerRecord ledgerRecord,
      List<StoredEvent> events,
      CustodyEvent event,
      @Nullable Integer expectedLastSeq) {
    // Access is decided by the record as it stands before the event (CustodyAccess), never by what
    // the event would make of it: a record the actor cannot see stays unseen (404), whatever it
    // says.
    var before = CustodyRecord.replay(events);
    if (access.visibility(actor, before) == Visibility.NONE) {
      throw Problem.notFound("custody.notFound");
    }
    if (!access.mayAppend(actor, before, event)) {
      throw refused(actor, event);
    }
    checks.checkFacilities(event);
    int seq = StreamAppends.next(events.getLast().seq(), expectedLastSeq, "custody.stale");
    var state = checks.checked(events, event);
    var stored = new StoredEvent(seq, event, clock.instant(), actor.username(), null);
    var history = new ArrayList<>(events);
    history.add(stored);
    StreamAppends.land(
        "custody.conflict",
        () -> store.append(ledgerRecord, stored),
        () -> landing.land(ledgerRecord, state, history, false));
    return stored;
  }

  /**
   * The refusal of an event the actor may not record, its type in words in the reader's language
   * (the first argument resolves to its name, the second to the actor's role): pages say "A lawyer
   * cannot record “Cell visited” on this record" ({@code custody.refused.<ROLE>}).
   */
  private static Problem refused(Actor actor, CustodyEvent event) {
    var type = event instanceof Corrected c ? c.replacement().type() : event.type();
    return Problem.forbidden(
        "custody.forbiddenEvent",
        new DefaultMessageSourceResolvable(new String[] {"custody.event." + type}, type),
        actor.role().name());
  }
}
