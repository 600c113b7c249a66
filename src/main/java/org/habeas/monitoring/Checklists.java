package org.habeas.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A visit's checklist: each item answered, the latest answer standing. */
@Service
public class Checklists {

  /** The current answer to one checklist item. */
  public record AnswerRow(
      String item, Checklist.Answer answer, @Nullable String note, Instant at, String by) {}

  private final Visits visits;
  private final VisitStore store;
  private final MonitoringLog log;
  private final Clock clock;

  Checklists(Visits visits, VisitStore store, MonitoringLog log, Clock clock) {
    this.visits = visits;
    this.store = store;
    this.log = log;
    this.clock = clock;
  }

  /** Answers one checklist item; the latest answer stands, earlier ones stay in the history. */
  @Transactional
  public void answer(
      Actor actor, String visitId, String item, @Nullable String answer, @Nullable String note) {
    var visit = visits.get(actor, visitId);
    if (!Checklist.isItem(item)) {
      throw Problem.badField("item", "monitoring.unknownItem");
    }
    Checklist.Answer a;
    try {
      a = Checklist.Answer.valueOf(answer == null ? "" : answer);
    } catch (IllegalArgumentException e) {
      throw Problem.badField("answer", "monitoring.badAnswer");
    }
    var n = Visits.blankToNull(note);
    if (n != null && n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 0, 2000);
    }
    var now = clock.instant();
    store.insertAnswer(visit.id(), item, a, n, now, actor.username());
    var payload = new LinkedHashMap<String, Object>();
    payload.put("item", item);
    payload.put("answer", a.name());
    payload.put("note", n);
    log.append(visit.id(), "ChecklistAnswered", now, visit.facilityId(), actor, payload);
  }

  /** The answer standing for each item answered. */
  public Map<String, AnswerRow> answers(String visitId) {
    var current = new LinkedHashMap<String, AnswerRow>();
    store.answers(visitId).forEach(a -> current.put(a.item(), a));
    return current;
  }
}
