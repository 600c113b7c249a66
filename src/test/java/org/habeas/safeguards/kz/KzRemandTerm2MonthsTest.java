package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/**
 * CPC art. 151: remand in custody lasts at most two months (60 days, our count) from the
 * apprehension unless the court extends it.
 */
class KzRemandTerm2MonthsTest extends RemandFixtures {

  private static final String RULE = "kz.remand.term-2-months";

  private static List<StoredEvent> atTheRemandPrison() {
    return given(
        apprehendedAt("2026-03-02T10:00+05:00"),
        arrivedAt("2026-03-02T10:30+05:00", TDF),
        remandOrderedAt("2026-03-03T15:00+05:00"),
        transferredAt("2026-03-03T18:00+05:00", SIZO),
        arrivedAt("2026-03-03T19:00+05:00", SIZO));
  }

  @Test
  void sixtyDaysFromTheApprehensionWithoutAnExtensionIsABreach() {
    var e = judge(kz(), atTheRemandPrison(), "2026-05-01T10:00+05:00");

    var o = only(e, RULE);
    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.startedAt()).isEqualTo(at("2026-03-02T10:00+05:00"));
    assertThat(o.dueAt()).isEqualTo(at("2026-05-01T10:00+05:00"));
  }

  @Test
  void pendingWithinTheTerm() {
    assertThat(statuses(judge(kz(), atTheRemandPrison(), "2026-04-30T10:00+05:00"), RULE))
        .containsExactly(PENDING);
  }

  @Test
  void theCourtsExtensionMeetsIt() {
    var record =
        continued(
            atTheRemandPrison(),
            extendedAt("2026-04-28T11:00+05:00", "2026-06-02T10:00+05:00", "court"));

    assertThat(statuses(judge(kz(), record, "2026-05-10T10:00+05:00"), RULE)).containsExactly(MET);
  }

  @Test
  void releaseWithinTheTermMeetsIt() {
    var record = continued(atTheRemandPrison(), releasedAt("2026-04-10T11:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-05-10T10:00+05:00"), RULE)).containsExactly(MET);
  }
}
