package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.Apprehended;
import org.habeas.custody.Jurisdiction;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * The CPT on juveniles, UN Beijing Rules r. 7.1: a parent, guardian or appropriate adult at every
 * questioning of a juvenile.
 */
class CptJuvenileAdultPresentTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.juvenile-adult-present";

  private static Apprehended juvenileDetainedUnderCptAt(String at) {
    return apprehended(at, englishJuvenile(), Jurisdiction.CPT, CPT_STATION, true);
  }

  @Test
  void questioningAJuvenileWithoutAnAppropriateAdultIsABreach() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningWithoutRepresentativeAt("2026-03-02T11:00+01:00"));

    var o = only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.CHECK_FAILED);
  }

  @Test
  void withTheAdultPresentItIsMet() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningStartedAt("2026-03-02T11:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void eachQuestioningIsJudged() {
    var record =
        given(
            juvenileDetainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningStartedAt("2026-03-02T11:00+01:00"),
            questioningEndedAt("2026-03-02T11:30+01:00"),
            questioningWithoutRepresentativeAt("2026-03-02T14:00+01:00"));

    assertThat(statuses(judge(cpt(), record, "2026-03-02T15:00+01:00"), RULE))
        .containsExactly(MET, BREACHED);
  }

  @Test
  void anAdultIsNotAsked() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningWithoutRepresentativeAt("2026-03-02T11:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status())
        .isEqualTo(NOT_APPLICABLE);
  }
}
