package org.habeas.complaints;

import java.util.List;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling a complaint: triage, assignment to a case handler and its moves through the statuses,
 * each checked against who may do it and where the complaint stands.
 */
@Service
public class Handling {

  private final Timeline timeline;
  private final ComplaintAccess access;

  Handling(Timeline timeline, ComplaintAccess access) {
    this.timeline = timeline;
    this.access = access;
  }

  /** Triage: the category and urgency; a received complaint becomes registered. */
  @Transactional
  public void triage(
      Actor actor, UUID id, Category category, boolean urgent, @Nullable String note) {
    var triaged =
        new ComplaintEvent.Triaged(
            category, urgent, Intake.blankToNull(PlainText.checked("note", note)));
    handled(actor, id, triaged, null);
  }

  /** Assigns the complaint to a case handler (a username). */
  @Transactional
  public void assign(Actor actor, UUID id, String assignee) {
    if (assignee.isBlank() || assignee.length() > 100) {
      throw Problem.badField("assignee", "field.NotBlank");
    }
    PlainText.checked("assignee", assignee);
    handled(actor, id, new ComplaintEvent.Assigned(assignee.strip()), null);
  }

  /** Moves the complaint to another status; closing needs an outcome. */
  @Transactional
  public void changeStatus(
      Actor actor,
      UUID id,
      ComplaintStatus next,
      @Nullable Outcome outcome,
      @Nullable String note) {
    if (next == ComplaintStatus.CLOSED && outcome == null) {
      throw Problem.badField("outcome", "field.NotNull");
    }
    var changed =
        new ComplaintEvent.StatusChanged(
            next,
            next == ComplaintStatus.CLOSED ? outcome : null,
            Intake.blankToNull(PlainText.checked("note", note)));
    handled(actor, id, changed, next);
  }

  /**
   * Counts again the deadline of every complaint from a person still held that is still received:
   * one lodged before that first deadline came in hours (or before its profile changed) keeps the
   * deadline it was projected with until then. Idempotent; run at every start.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void reprojectStillHeldReceived() {
    timeline.reprojectStillHeldReceived();
  }

  private void handled(Actor actor, UUID id, ComplaintEvent event, @Nullable ComplaintStatus next) {
    var c = timeline.complaint(id);
    var entries = timeline.entries(id);
    var s = ComplaintState.fold(entries);
    if (access.visibility(actor, c, s) == ComplaintAccess.Visibility.NONE) {
      throw Problem.notFound("complaints.notFound");
    }
    boolean allowed = next == null ? access.mayHandle(actor, s) : access.mayMove(actor, c, s, next);
    if (!allowed) {
      throw Problem.forbidden("complaints.forbidden");
    }
    if (next != null && !s.status().mayMoveTo(next)) {
      throw new Problem(
          Problem.Kind.CONFLICT,
          "problem.invalid",
          List.of(new FieldProblem("status", "complaints.badTransition", s.status(), next)));
    }
    timeline.appendAndProject(c, entries, s.lastSeq() + 1, event, actor.username());
  }
}
