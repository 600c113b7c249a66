package org.habeas.complaints;

import java.util.Set;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InjuryRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Raises a complaint linked to the record when a custody record gets an allegation of ill-treatment
 * or an injury: once the custody event is committed (a failure here never loses the custody event),
 * in its own transaction, once per event. The rule {@code kz.ill-treatment-reported-24h} tracks the
 * report to the prosecutor on the record; the complaint page shows it.
 */
@Component
class CustodyComplaints {

  private static final Logger log = LoggerFactory.getLogger(CustodyComplaints.class);
  private static final Set<String> RAISING = Set.of("AllegationMade", "InjuryRecorded");

  private final CustodyRecords custody;
  private final Complaints complaints;

  CustodyComplaints(CustodyRecords custody, Complaints complaints) {
    this.custody = custody;
    this.complaints = complaints;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(CustodyEventRecorded recorded) {
    if (!RAISING.contains(recorded.type())) {
      return;
    }
    try {
      raise(recorded);
    } catch (RuntimeException e) {
      // No personal data in the log: the record and seq only.
      log.warn(
          "Complaints: no complaint raised for record {} seq {} ({})",
          recorded.recordId(),
          recorded.seq(),
          e.toString());
    }
  }

  private void raise(CustodyEventRecorded recorded) {
    var events = custody.history(recorded.recordId());
    if (events.isEmpty()) {
      return;
    }
    var state = CustodyRecord.replay(events);
    var stored = state.event(recorded.seq());
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
        narrative = i.description();
        injuries = i.description();
      }
      default -> {
        return;
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
            state.isOpen(),
            null);
    complaints.raiseFromCustody(
        recorded.recordId(),
        recorded.seq(),
        String.valueOf(stored.recordedBy()),
        recorded.occurredAt(),
        intake,
        Category.ILL_TREATMENT);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
