package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/** Prison Rules 1999, PSI 74/2011: a first health screen on the day of reception (24 h). */
class EwRemandReceptionHealthScreenTest extends RemandFixtures {

  private static final String RULE = "ew.remand.reception-health-screen";

  private static List<StoredEvent> handedOver() {
    return given(
        arrestedAt("2026-03-02T10:00Z"),
        arrivedAt("2026-03-02T10:30Z", SUITE),
        remandOrderedAt("2026-03-03T11:00Z"),
        transferredAt("2026-03-03T15:00Z", EW_PRISON));
  }

  @Test
  void aScreenOnTheDayOfReceptionMeetsIt() {
    var record =
        continued(
            handedOver(),
            arrivedAt("2026-03-03T17:00Z", EW_PRISON),
            examinedAt("2026-03-03T19:00Z"));

    assertThat(statuses(judge(ew(), record, "2026-03-05T12:00Z"), RULE)).containsExactly(MET);
  }

  @Test
  void noScreenWithin24HoursIsABreach() {
    var record = continued(handedOver(), arrivedAt("2026-03-03T17:00Z", EW_PRISON));

    assertThat(statuses(judge(ew(), record, "2026-03-04T17:00Z"), RULE)).containsExactly(BREACHED);
  }

  @Test
  void noObligationWithoutTheArrivalAndPaceIsJudgedAsBefore() {
    var received = continued(handedOver(), arrivedAt("2026-03-03T17:00Z", EW_PRISON));

    var before = judge(ew(), handedOver(), "2026-03-05T12:00Z");
    var after = judge(ew(), received, "2026-03-05T12:00Z");

    assertThat(before.of(RULE)).isEmpty();
    assertThat(policeObligations(ew(), after)).isEqualTo(before.obligations());
  }
}
