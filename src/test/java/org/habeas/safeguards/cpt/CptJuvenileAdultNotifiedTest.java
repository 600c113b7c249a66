package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.Apprehended;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.NotifiedCapacity;
import org.habeas.custody.RelativeNotified;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * UN Beijing Rules r. 10.1, the CPT on juveniles: a juvenile's parent, guardian or other
 * appropriate adult notified at once (Habeas: within 1 hour of apprehension).
 */
class CptJuvenileAdultNotifiedTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.juvenile-adult-notified";

  /** Sixteen on the day. */
  private static Apprehended juvenileDetainedUnderCptAt(String at) {
    return apprehended(at, englishJuvenile(), Jurisdiction.CPT, CPT_STATION, true);
  }

  private static RelativeNotified toldAt(String at, NotifiedCapacity capacity) {
    return new RelativeNotified(
        at(at), "Mary Smith", "telephone", NotificationSubject.DETENTION, capacity);
  }

  @Test
  void theMotherToldWithinTheHourIsOnTime() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            toldAt("2026-03-02T10:40+01:00", NotifiedCapacity.PARENT));

    var o = only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T11:00+01:00"));
  }

  @Test
  void anAppropriateAdultCountsToo() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            toldAt("2026-03-02T10:20+01:00", NotifiedCapacity.APPROPRIATE_ADULT));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void toldAfterTheHourIsLate() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            toldAt("2026-03-02T12:30+01:00", NotifiedCapacity.GUARDIAN));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void aFriendToldIsNotAParentToldAndTheHourRunsOut() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            toldAt("2026-03-02T10:10+01:00", NotifiedCapacity.OTHER));

    assertThat(only(judge(cpt(), record, "2026-03-02T10:30+01:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(cpt(), record, "2026-03-02T11:30+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aNoticeThatDoesNotSayWhoWasToldDoesNotShowAParentWas() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            relativeNotifiedAt("2026-03-02T10:10+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T11:30+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void anAdultOwesNoAppropriateAdult() {
    var record = given(detainedUnderCptAt("2026-03-02T10:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status())
        .isEqualTo(NOT_APPLICABLE);
  }

  @Test
  void theAdultRuleIsUnchangedByTheCapacity() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            toldAt("2026-03-02T10:40+01:00", NotifiedCapacity.PARENT));

    assertThat(
            only(judge(cpt(), record, "2026-03-02T12:00+01:00"), "cpt.third-party-notified")
                .status())
        .isEqualTo(MET);
  }
}
