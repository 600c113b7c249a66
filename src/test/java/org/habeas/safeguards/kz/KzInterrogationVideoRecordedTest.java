package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** Video-recording orders, CPT: every questioning references a recording. */
class KzInterrogationVideoRecordedTest extends SafeguardsFixtures {

  private static final String RULE = "kz.interrogation-video-recorded";

  @Test
  void aRecordedQuestioningIsMetAndAnUnrecordedOneBreached() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T10:00+05:00"),
            questioningWithoutVideoAt("2026-03-02T11:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-02T11:30+05:00"), RULE))
        .containsExactly(MET, BREACHED);
  }

  @Test
  void noQuestioningOwesNothing() {
    var e = judge(kz(), given(apprehendedAt("2026-03-02T08:00+05:00")), "2026-03-02T11:30+05:00");

    assertThat(e.of(RULE)).isEmpty();
  }
}
