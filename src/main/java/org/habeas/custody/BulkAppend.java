package org.habeas.custody;

import java.util.List;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A paper register typed in after an outage: several events appended to one record in one
 * transaction, all of them or none.
 *
 * <p>Each event goes through {@link CustodyRecords#appendAll} in order (the record loaded once), so
 * it is validated, its access decided by the record as it stands before it (the events earlier in
 * the batch included), its timeline and facilities checked, and it is committed to the ledger's
 * outbox and the due index exactly as a single append is. The first refusal rolls the whole batch
 * back: a station that uploads a register must not be left with half of it stored and no way to
 * tell which half. The refusal names the element at fault ({@code [4].occurredAt}), since the
 * client has to find the line in its paper register.
 */
@Service
public class BulkAppend {

  /** The most events one batch may carry: a shift's register, not a station's archive. */
  public static final int MAX_EVENTS = 500;

  private final CustodyRecords records;

  BulkAppend(CustodyRecords records) {
    this.records = records;
  }

  /**
   * Appends the events in the order given.
   *
   * @param expectedLastSeq if given, the batch only lands if the record's last seq is this one
   *     before its first event
   * @return the stored events, in the order given, with consecutive seqs
   */
  @Transactional
  public List<StoredEvent> append(
      Actor actor, String recordId, List<CustodyEvent> events, @Nullable Integer expectedLastSeq) {
    if (events.isEmpty()) {
      throw Problem.badField("body", "custody.batch.empty", MAX_EVENTS);
    }
    if (events.size() > MAX_EVENTS) {
      throw Problem.badField("body", "custody.batch.tooMany", MAX_EVENTS, events.size());
    }
    return records.appendAll(actor, recordId, events, expectedLastSeq, BulkAppend::atElement);
  }

  /**
   * The refusal of element {@code i}, its fields named under {@code [i]}; a refusal of no field (a
   * role that may not record the event, a stale record) is named as the element itself.
   */
  static Problem atElement(int i, Problem refused) {
    var element = "[" + i + "]";
    var fields =
        refused.fields().isEmpty()
            ? List.of(new FieldProblem(element, refused.code(), refused.args()))
            : refused.fields().stream()
                .map(f -> new FieldProblem(element + "." + f.field(), f.code(), f.args()))
                .toList();
    var named = new Problem(refused.kind(), refused.code(), fields, refused.args());
    return refused.rule() == null ? named : named.withRule(refused.rule());
  }
}
