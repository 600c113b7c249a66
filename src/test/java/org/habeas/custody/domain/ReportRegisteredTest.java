package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.habeas.custody.RegistrationOutcome;
import org.habeas.custody.ReportRegistered;
import org.junit.jupiter.api.Test;

/** A registration names its ERDR number; a refusal its reason: each names the field it lacks. */
class ReportRegisteredTest {

  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void aRegistrationWithoutANumberLacksTheNumber() {
    var r = new ReportRegistered(T, RegistrationOutcome.REGISTERED, " ", null, "prosecutor");

    assertThat(r.missingForOutcome()).containsExactly("erdrNumber");
  }

  @Test
  void aRefusalWithoutAReasonLacksTheReason() {
    var r = new ReportRegistered(T, RegistrationOutcome.REFUSED, "261500031000123", null, "p");

    assertThat(r.missingForOutcome()).containsExactly("refusalReason");
  }

  @Test
  void aCompleteRegistrationOrRefusalLacksNothing() {
    assertThat(
            new ReportRegistered(T, RegistrationOutcome.REGISTERED, "261500031000123", null, "p")
                .missingForOutcome())
        .isEmpty();
    assertThat(
            new ReportRegistered(T, RegistrationOutcome.REFUSED, null, "no offence", "p")
                .missingForOutcome())
        .isEmpty();
  }
}
