package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report of ill-treatment was entered in the Unified Register of Pre-trial Investigations (ERDR),
 * or its registration was refused (CPC of Kazakhstan art. 180; Prosecutor General's Order No. 89).
 *
 * <p>{@link #occurredAt()} is the moment of registration (or of the refusal): the register gives a
 * date and time, so there is no separate date. Recorded by the prosecutor, who registers or
 * oversees registration; not by the facility or the investigator, whose colleagues the report may
 * be about.
 *
 * @param outcome registered, or refused
 * @param erdrNumber the number in the register; required when registered
 * @param refusalReason why registration was refused, as the decision gives it; required when
 *     refused
 * @param decidedBy who registered or refused, and their office
 */
public record ReportRegistered(
    @NotNull Instant occurredAt,
    @NotNull RegistrationOutcome outcome,
    @Nullable String erdrNumber,
    @Nullable String refusalReason,
    @NotBlank String decidedBy)
    implements CustodyEvent {

  /**
   * The fields the outcome requires that are blank, by name ({@code erdrNumber} when registered,
   * {@code refusalReason} when refused).
   */
  public List<String> missingForOutcome() {
    var missing = new ArrayList<String>();
    if (outcome == RegistrationOutcome.REGISTERED && blank(erdrNumber)) {
      missing.add("erdrNumber");
    }
    if (outcome == RegistrationOutcome.REFUSED && blank(refusalReason)) {
      missing.add("refusalReason");
    }
    return missing;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
