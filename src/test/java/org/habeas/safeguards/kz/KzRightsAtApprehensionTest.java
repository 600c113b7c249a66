package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 131(1): rights explained at apprehension, before any questioning, within 3 h. */
class KzRightsAtApprehensionTest extends SafeguardsFixtures {

  private static final String RULE = "kz.rights-at-apprehension";

  @Test
  void rightsWithin3HoursAndBeforeQuestioningAreMet() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            rightsExplainedAt("2026-03-02T10:20+05:00"),
            questioningStartedAt("2026-03-02T12:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void questioningBeforeRightsIsABreachEvenIfRightsFollow() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            questioningStartedAt("2026-03-02T10:30+05:00"),
            rightsExplainedAt("2026-03-02T11:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.QUESTIONED_BEFORE);
  }

  @Test
  void rightsAfter3HoursButBeforeQuestioningAreLate() {
    var record =
        given(apprehendedAt("2026-03-02T10:00+05:00"), rightsExplainedAt("2026-03-02T14:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T15:00+05:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void isBreachedWhen3HoursPassWithoutRights() {
    var record = given(apprehendedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T12:59+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void isFlaggedUnconfirmed() {
    var o =
        only(
            judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-02T10:01+05:00"),
            RULE);

    assertThat(o.unconfirmed()).isTrue();
  }
}
