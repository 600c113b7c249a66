package org.habeas.custody;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The checks an event passes before it is stored: its fields (bean validation and the fields one
 * value of another requires), the facilities it names, and the record's timeline with it.
 */
@Component
class EventChecks {

  private final Validator validator;
  private final Facilities facilities;
  private final Clock clock;

  EventChecks(Validator validator, Facilities facilities, Clock clock) {
    this.validator = validator;
    this.facilities = facilities;
    this.clock = clock;
  }

  void validate(CustodyEvent event) {
    var violations = validator.validate(event);
    if (!violations.isEmpty()) {
      throw JsonProblems.from(violations);
    }
    // Fields that one value of another field requires (an ERDR number when registered).
    var inner = event instanceof Corrected c ? c.replacement() : event;
    var prefix = event instanceof Corrected ? "replacement." : "";
    if (inner instanceof ReportRegistered r && !r.missingForOutcome().isEmpty()) {
      throw new Problem(
          Problem.Kind.INVALID,
          "problem.invalid",
          r.missingForOutcome().stream()
              .map(f -> new FieldProblem(prefix + f, "field.requiredWhen." + r.outcome().code()))
              .toList());
    }
  }

  /** Every facility the event names must be known (the field named if not). */
  void checkFacilities(CustodyEvent event) {
    var inner = event instanceof Corrected c ? c.replacement() : event;
    var prefix = event instanceof Corrected ? "replacement." : "";
    switch (inner) {
      case Apprehended a -> facility(a.facilityId(), prefix + "facilityId");
      case ArrivedAtFacility a -> facility(a.facilityId(), prefix + "facilityId");
      case Transferred t -> facility(t.toFacilityId(), prefix + "toFacilityId");
      default -> {}
    }
  }

  /** A known facility; refused as bad input in {@code field} if unknown. */
  Facility facility(String id, String field) {
    return facilities
        .find(id)
        .orElseThrow(() -> Problem.badField(field, "custody.unknownFacility", id));
  }

  /**
   * The record with the event appended, if its timeline allows it; refused with the rule if not.
   */
  CustodyRecord checked(List<StoredEvent> events, CustodyEvent event) {
    try {
      return CustodyRecord.checkAppend(events, event, clock.instant());
    } catch (CustodyRuleViolation v) {
      // A date no record can hold is bad input; an event that contradicts this record is not.
      var kind =
          CustodyRuleViolation.FUTURE_EVENT.equals(v.rule())
                  || CustodyRuleViolation.OUT_OF_BOUNDS.equals(v.rule())
              ? Problem.Kind.INVALID
              : Problem.Kind.UNPROCESSABLE;
      throw new Problem(
              kind, "problem.rule", List.of(new FieldProblem(v.field(), v.code(), v.args())))
          .withRule(v.rule());
    }
  }
}
