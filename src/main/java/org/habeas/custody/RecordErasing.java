package org.habeas.custody;

import java.time.Clock;
import java.util.List;
import org.habeas.ledger.ErasureDecision;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.RecordErasure;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a closed record lawfully, at an administrator's request with the legal basis: its key and
 * openings are destroyed, so its stored events can never be read again, and the log gets a notice
 * of the erasure; every proof stays valid. Administrators, who see no personal data, do this rather
 * than monitors, whose task is to notice records that go missing.
 */
@Component
class RecordErasing {

  private final CustodyEventStore store;
  private final RecordHistories histories;
  private final MerkleLog ledger;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  RecordErasing(
      CustodyEventStore store,
      RecordHistories histories,
      MerkleLog ledger,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.store = store;
    this.histories = histories;
    this.ledger = ledger;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Transactional
  RecordErasure erase(Actor actor, String recordId, @Nullable String reason) {
    if (!actor.is(Role.ADMIN)) {
      throw Problem.forbidden("ledger.erasureForbidden");
    }
    if (reason == null || reason.isBlank()) {
      throw Problem.badField("reason", "field.NotBlank");
    }
    if (reason.strip().length() > 2000) {
      throw Problem.badField("reason", "field.Size", 1, 2000);
    }
    var state = CustodyRecord.replay(histories.existing(recordId));
    if (state.status() != RecordStatus.CLOSED) {
      throw new Problem(Problem.Kind.CONFLICT, "ledger.erasureOpenRecord", List.of());
    }
    try {
      var erasure =
          ledger.erase(
              new ErasureDecision(recordId, reason.strip(), actor.username(), clock.instant()));
      store.forgetView(recordId);
      store.forgetParties(recordId);
      publisher.publishEvent(new CustodyRecordErased(recordId));
      return erasure;
    } catch (IllegalStateException e) {
      throw new Problem(Problem.Kind.CONFLICT, "ledger.erasurePending", List.of());
    }
  }
}
