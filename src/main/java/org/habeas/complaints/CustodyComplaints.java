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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises a complaint linked to the record when a custody record gets an allegation of ill-treatment
 * or an injury, once per event: in the custody write's own transaction, so the event and its
 * complaint land together, but behind a savepoint, so that a failure here rolls back only the
 * complaint and never loses the custody event. (An earlier version ran after the commit in a new
 * transaction: every custody write then held two pooled connections at once, and under load the
 * pool ran dry; the bench found it.) The rule {@code kz.ill-treatment-reported-24h} tracks the
 * report to the prosecutor on the record; the complaint page shows it.
 */
@Component
class CustodyComplaints {

  private static final Logger log = LoggerFactory.getLogger(CustodyComplaints.class);
  private static final Set<String> RAISING = Set.of("AllegationMade", "InjuryRecorded");

  private final CustodyRecords custody;
  private final Complaints complaints;
  private final TransactionTemplate savepoint;

  CustodyComplaints(
      CustodyRecords custody, Complaints complaints, PlatformTransactionManager transactions) {
    this.custody = custody;
    this.complaints = complaints;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @EventListener
  public void on(CustodyEventRecorded recorded) {
    if (!RAISING.contains(recorded.type())) {
      return;
    }
    try {
      savepoint.executeWithoutResult(s -> raise(recorded));
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
    var events = custody.historyRaisingComplaint(recorded.recordId(), recorded.seq());
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
