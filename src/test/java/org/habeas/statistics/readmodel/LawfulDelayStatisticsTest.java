package org.habeas.statistics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DelayedRight;
import org.habeas.custody.InterrogationStarted;
import org.habeas.safeguards.SafeguardsFixtures;
import org.habeas.system.Facility;
import org.junit.jupiter.api.Test;

/**
 * A lawful delay of the lawyer excuses the questioning during it, but stays visible in the
 * statistics as a restriction: one obligation of the delay rule, and the excused questionings
 * counted as waived, never as met.
 */
class LawfulDelayStatisticsTest extends SafeguardsFixtures {

  @Test
  void theDelayAndTheQuestioningItExcusedAreCounted() {
    var stored =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            new DelayAuthorised(
                at("2026-03-02T10:30+01:00"),
                DelayedRight.LAWYER,
                "Supt. Hale",
                "Superintendent",
                "risk to life"),
            new InterrogationStarted(
                at("2026-03-02T11:00+01:00"), "DC Evans", false, false, true, "v-1", "bombs"),
            questioningEndedAt("2026-03-02T11:30+01:00"));
    var now = at("2026-03-02T12:00+01:00");
    var station =
        new Facility(
            CPT_STATION, "Station", "police-station", "cpt", ZoneId.of("Europe/Paris"), "cpt");

    var facts =
        RecordFacts.of(
            "r-1",
            stored,
            judge(cpt(), stored, "2026-03-02T12:00+01:00"),
            id -> Optional.of(station),
            now);

    assertThat(facts.rules().get("cpt.delay-authorised").met()).isEqualTo(1);
    assertThat(facts.rules().get("cpt.lawyer-from-outset").waived()).isEqualTo(1);
    assertThat(facts.rules().get("cpt.lawyer-from-outset").met()).isZero();
  }
}
