package org.habeas.safeguards.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;

import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * The pattern of the CAT decisions on Kazakhstan, as a whole record: the person is beaten on the
 * way, the injury is recorded, the prosecutor is told, and the report is never registered in the
 * ERDR, or its registration is refused. Reporting alone met the law under version 1; registration
 * is judged now.
 */
class KzIllTreatmentRegistrationScenarioTest extends SafeguardsFixtures {

  private static final String REPORTED = "kz.ill-treatment-reported-24h";
  private static final String REGISTERED = "kz.ill-treatment-registered";

  /** Apprehended, delivered, examined with injuries, alleged ill-treatment, prosecutor told. */
  private static List<Object> beatenAndReported() {
    return List.of(
        apprehendedAt("2026-03-02T08:00+05:00"),
        arrivedAt("2026-03-02T08:40+05:00", TDF),
        protocolAt("2026-03-02T09:30+05:00"),
        injuryRecordedAt("2026-03-02T09:40+05:00"),
        examinedWithInjuriesAt("2026-03-02T10:00+05:00"),
        allegationAt("2026-03-02T10:30+05:00"),
        prosecutorToldOfIllTreatmentAt("2026-03-02T14:00+05:00"),
        remandOrderedAt("2026-03-03T16:00+05:00"));
  }

  private static List<StoredEvent> record(Object... more) {
    var all = new java.util.ArrayList<Object>(beatenAndReported());
    all.addAll(List.of(more));
    return given(all.toArray());
  }

  @Test
  void shownToTheProsecutorButNeverRegisteredIsABreachOnceTheLimitPassed() {
    var record = record();

    var e = judge(kz(), record, "2026-03-05T12:00+05:00");

    assertThat(statuses(e, REPORTED)).containsOnly(MET);
    assertThat(statuses(e, REGISTERED)).containsExactly(BREACHED);
    assertThat(only(e, REGISTERED).dueAt()).isEqualTo(at("2026-03-03T14:00+05:00"));
  }

  @Test
  void aRefusalWithItsReasonIsABreachThatPointsAtTheRefusal() {
    var record =
        record(registrationRefusedAt("2026-03-02T18:00+05:00", "injuries sustained at arrest"));

    var o = only(judge(kz(), record, "2026-03-02T19:00+05:00"), REGISTERED);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.REFUSED);
    var refusal = record.stream().filter(s -> s.seq() == o.seqs().getLast()).findFirst();
    assertThat(refusal.orElseThrow().event())
        .hasFieldOrPropertyWithValue("refusalReason", "injuries sustained at arrest");
  }

  @Test
  void registeredWithANumberIsMet() {
    var record = record(registeredInErdrAt("2026-03-03T09:00+05:00"));

    var e = judge(kz(), record, "2026-03-05T12:00+05:00");

    assertThat(statuses(e, REPORTED)).containsOnly(MET);
    assertThat(statuses(e, REGISTERED)).containsExactly(MET);
  }
}
