package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * CPC arts. 179–180, Order No. 89: each report of ill-treatment to the prosecutor is registered in
 * the ERDR within 24 h of its receipt; a refusal is a breach at once, even after release.
 */
class KzIllTreatmentRegisteredTest extends SafeguardsFixtures {

  private static final String RULE = "kz.ill-treatment-registered";

  @Test
  void aReportRegisteredWithin24HoursIsMet() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            injuryRecordedAt("2026-03-02T09:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"),
            registeredInErdrAt("2026-03-03T10:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-04T12:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.startedAt()).isEqualTo(at("2026-03-02T12:00+05:00"));
    assertThat(o.dueAt()).isEqualTo(at("2026-03-03T12:00+05:00"));
    assertThat(o.seqs()).containsExactly(3, 4);
  }

  @Test
  void aReportNeverRegisteredIsBreachedWhen24HoursHavePassed() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            allegationAt("2026-03-02T09:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T11:59+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-03T12:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aRegistrationAfter24HoursIsLate() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"),
            registeredInErdrAt("2026-03-04T09:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-05T12:00+05:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void aRefusalIsABreachAtOnceAndShowsTheRefusal() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"),
            registrationRefusedAt("2026-03-02T15:00+05:00", "no signs of an offence"));

    var o = only(judge(kz(), record, "2026-03-02T16:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.REFUSED);
    assertThat(o.seqs()).containsExactly(2, 3);
  }

  @Test
  void aRefusalOverturnedByARegistrationInTimeIsMet() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"),
            registrationRefusedAt("2026-03-02T15:00+05:00", "no signs of an offence"),
            registeredInErdrAt("2026-03-03T09:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-04T12:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void aRefusalFollowedByALateRegistrationStaysABreach() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"),
            registrationRefusedAt("2026-03-02T15:00+05:00", "no signs of an offence"),
            registeredInErdrAt("2026-03-05T09:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-06T12:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.REFUSED);
  }

  @Test
  void aNoticeOfDetentionOwesNoRegistration() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            prosecutorNotifiedAt("2026-03-02T12:00+05:00"));

    assertThat(judge(kz(), record, "2026-03-04T12:00+05:00").of(RULE)).isEmpty();
  }

  @Test
  void releaseDoesNotEndTheDutyToRegister() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            injuryRecordedAt("2026-03-02T09:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T10:00+05:00"),
            releasedAt("2026-03-02T11:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void theReportingRuleKeepsItsOwnJudgement() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            injuryRecordedAt("2026-03-02T09:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"),
            registrationRefusedAt("2026-03-02T15:00+05:00", "no signs of an offence"));

    assertThat(
            only(judge(kz(), record, "2026-03-04T12:00+05:00"), "kz.ill-treatment-reported-24h")
                .status())
        .isEqualTo(MET);
  }
}
