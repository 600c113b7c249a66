package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPT recommendations: before a judge or released within 48 h. */
class CptJudgeWithin48hTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.judge-within-48h";

  @Test
  void broughtBeforeAJudgeWithin48HoursIsMet() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            broughtBeforeCourtAt("2026-03-04T09:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-05T10:00+01:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void isTheClockOfTheRecord() {
    var e =
        judge(cpt(), given(detainedUnderCptAt("2026-03-02T10:00+01:00")), "2026-03-03T10:00+01:00");

    assertThat(e.detentionLimit().ruleId()).isEqualTo(RULE);
    assertThat(e.detentionLimit().until()).isEqualTo(at("2026-03-04T10:00+01:00"));
  }
}
