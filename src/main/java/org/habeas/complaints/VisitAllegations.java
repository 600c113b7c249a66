package org.habeas.complaints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.habeas.monitoring.AllegationHandOver;
import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An allegation heard in a private interview during a monitoring visit becomes a complaint with one
 * action: taken in orally by the visiting monitor, against the facility visited, in their name.
 */
@Component
class VisitAllegations implements AllegationHandOver {

  private final ComplaintIntake complaintIntake;

  VisitAllegations(ComplaintIntake complaintIntake) {
    this.complaintIntake = complaintIntake;
  }

  @Override
  @Transactional
  public UUID raise(
      Actor actor,
      String facilityCode,
      String allegationText,
      @Nullable String custodyRecordId,
      Instant heardAt) {
    var narrative =
        custodyRecordId == null
            ? allegationText
            : allegationText + "\n\n(custody record " + custodyRecordId + ")";
    var intake =
        new Intake(
            ComplainantRole.VICTIM,
            null,
            null,
            ContactPreference.NONE,
            null,
            narrative,
            null,
            facilityCode,
            null,
            null,
            null,
            true,
            null);
    return complaintIntake.lodgeStaff(actor, intake, List.of(), true).id();
  }
}
