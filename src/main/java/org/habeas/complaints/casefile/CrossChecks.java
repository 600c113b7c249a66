package org.habeas.complaints.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.habeas.complaints.casefile.Validation.Context;
import org.habeas.system.Problem.FieldProblem;

/** Rules between the fields of one item, checked once each field is valid on its own. */
final class CrossChecks {

  private CrossChecks() {}

  static void check(Kind kind, Map<String, Object> v, Context ctx, List<FieldProblem> problems) {
    switch (kind) {
      case ACT -> {
        if ("OTHER".equals(v.get("actType")) && !v.containsKey("otherType")) {
          problems.add(new FieldProblem("otherType", "casefile.field.otherTypeNeeded"));
        }
        if (v.get("occurredUntil") instanceof LocalDate until
            && v.get("occurredOn") instanceof LocalDate on
            && until.isBefore(on)) {
          problems.add(new FieldProblem("occurredUntil", "casefile.field.untilBeforeOn"));
        }
      }
      case PERPETRATOR -> {
        if (!v.containsKey("name") && !v.containsKey("unit") && !v.containsKey("description")) {
          problems.add(new FieldProblem("name", "casefile.field.perpetratorUnidentified"));
        }
      }
      case INVOLVEMENT -> {
        boolean victim = v.containsKey("victim");
        boolean perpetrator = v.containsKey("perpetrator");
        if (victim == perpetrator) {
          problems.add(new FieldProblem("victim", "casefile.field.oneParty"));
        } else if (perpetrator && !v.containsKey("degree")) {
          problems.add(new FieldProblem("degree", "casefile.field.degreeNeeded"));
        }
      }
      case LINK -> {
        // Required fields: the cross checks run only when every required field has a value.
        var target = (String) Objects.requireNonNull(v.get("target"), "target is required");
        if ("FACILITY".equals(v.get("linkKind")) && !ctx.facilityExists().test(target)) {
          problems.add(new FieldProblem("target", "casefile.field.unknownFacility"));
        }
        if ("CUSTODY_RECORD".equals(v.get("linkKind")) && !isUuid(target)) {
          problems.add(new FieldProblem("target", "casefile.field.notARecordId"));
        }
      }
      case CONDITIONS -> {
        if (Boolean.TRUE.equals(v.get("consentGiven"))) {
          if (!v.containsKey("consentBy")) {
            problems.add(new FieldProblem("consentBy", "casefile.field.consentByNeeded"));
          }
          if (!v.containsKey("consentOn")) {
            problems.add(new FieldProblem("consentOn", "casefile.field.consentOnNeeded"));
          }
        }
        if (Boolean.FALSE.equals(v.get("inPrivate")) && !v.containsKey("othersPresent")) {
          problems.add(new FieldProblem("othersPresent", "casefile.field.othersPresentNeeded"));
        }
      }
      case INTERPRETATION -> {
        var finding = (UUID) Objects.requireNonNull(v.get("finding"), "finding is required");
        var act = (UUID) Objects.requireNonNull(v.get("act"), "act is required");
        ctx.file()
            .interpretation(finding, act)
            .filter(i -> !i.itemId().equals(ctx.correcting()))
            .ifPresent(i -> problems.add(new FieldProblem("act", "casefile.field.pairingExists")));
      }
      default -> {}
    }
  }

  private static boolean isUuid(String s) {
    try {
      UUID.fromString(s);
      return s.length() == 36;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
