package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 131: the prosecutor told in writing within 12 h of the protocol. */
class KzProsecutorNotified12hTest extends SafeguardsFixtures {

  private static final String RULE = "kz.prosecutor-notified-12h";

  @Test
  void noticeWithin12HoursOfTheProtocolIsMet() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            protocolAt("2026-03-02T12:00+05:00"),
            prosecutorNotifiedAt("2026-03-02T23:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void aReportOfIllTreatmentIsNotANoticeOfDetention() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            protocolAt("2026-03-02T12:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T13:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T00:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void releaseBeforeItFellDueEndsTheDuty() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            protocolAt("2026-03-02T12:00+05:00"),
            releasedAt("2026-03-02T15:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(NOT_APPLICABLE);
    assertThat(o.reason()).isEqualTo(Reason.ENDED_BEFORE_DUE);
  }
}
