package org.habeas.complaints;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.habeas.system.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other parts of a complaint's file (the case file, the Istanbul Protocol documentation) build
 * on: whether an actor may see or handle a complaint, and appending to its timeline and the ledger.
 */
@Service
public class ComplaintFiles {

  private final Reading reading;
  private final Timeline timeline;

  ComplaintFiles(Reading reading, Timeline timeline) {
    this.reading = reading;
    this.timeline = timeline;
  }

  /** The complaint if this actor may see it at all, else empty. */
  public Optional<ComplaintRef> visibleTo(Actor actor, UUID complaintId) {
    return reading.ref(actor, complaintId);
  }

  /**
   * True when this actor handles complaints (may edit a complaint's case file): monitor, admin, or
   * the assigned handler.
   */
  public boolean mayHandle(Actor actor, UUID complaintId) {
    return reading.mayHandle(actor, complaintId);
  }

  /**
   * Appends an entry to the complaint's timeline AND commits it to the ledger, in the caller's
   * transaction. type like "casefile.ActRecorded"; details must not be null (may be empty).
   *
   * @throws org.habeas.system.Problem 404 if there is no such complaint, 409 if another entry took
   *     the same place at the same moment
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(UUID complaintId, Actor actor, String type, Map<String, ?> details) {
    timeline.record(complaintId, actor.username(), type, details);
  }

  /**
   * Returns the keyed digest of a text of the complaint's (a case-file revision's contents), for an
   * entry to commit to it without carrying it: the ledger's verifier checks the stored text against
   * it, while timeline readers cannot guess the text from it. In the entry's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String digest(UUID complaintId, String text) {
    return timeline.digest(complaintId, text);
  }
}
