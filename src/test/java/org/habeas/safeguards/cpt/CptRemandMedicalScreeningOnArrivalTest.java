package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/** CPT standards, European Prison Rules r.42.1: medical screening within 24 h of arrival. */
class CptRemandMedicalScreeningOnArrivalTest extends RemandFixtures {

  private static final String RULE = "cpt.remand.medical-screening-on-arrival";

  private static List<StoredEvent> handedOver() {
    return given(
        detainedUnderCptAt("2026-03-02T10:00+01:00"),
        arrivedAt("2026-03-02T10:30+01:00", CPT_STATION),
        remandOrderedAt("2026-03-03T11:00+01:00"),
        transferredAt("2026-03-03T15:00+01:00", CPT_PRISON));
  }

  @Test
  void aScreeningWithin24HoursMeetsIt() {
    var record =
        continued(
            handedOver(),
            arrivedAt("2026-03-03T17:00+01:00", CPT_PRISON),
            examinedAt("2026-03-04T10:00+01:00"));

    assertThat(statuses(judge(cpt(), record, "2026-03-05T10:00+01:00"), RULE)).containsExactly(MET);
  }

  @Test
  void noScreeningIsABreachAfter24Hours() {
    var record = continued(handedOver(), arrivedAt("2026-03-03T17:00+01:00", CPT_PRISON));

    assertThat(statuses(judge(cpt(), record, "2026-03-04T17:00+01:00"), RULE))
        .containsExactly(BREACHED);
  }

  @Test
  void noObligationWithoutTheArrivalAndTheCptRulesAreJudgedAsBefore() {
    var received = continued(handedOver(), arrivedAt("2026-03-03T17:00+01:00", CPT_PRISON));

    var before = judge(cpt(), handedOver(), "2026-03-05T10:00+01:00");
    var after = judge(cpt(), received, "2026-03-05T10:00+01:00");

    assertThat(before.of(RULE)).isEmpty();
    assertThat(policeObligations(cpt(), after)).isEqualTo(before.obligations());
  }
}
