package org.habeas.safeguards.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * A whole PACE record turned on its charge: arrested on a Friday evening, charged within 24 h and
 * refused bail, held over the weekend and brought before the magistrates on Monday morning; and the
 * same record charged too late.
 */
class EwChargeScenarioTest extends SafeguardsFixtures {

  @Test
  void chargedWithin24HoursAndBroughtToCourtOnMondayMeetsEveryRule() {
    var record = weekend("2026-03-07T09:00Z");

    Evaluation e = judge(ew(), record, "2026-03-09T12:00Z");

    assertThat(e.obligations())
        .as("nothing breached or late")
        .noneMatch(o -> o.status() == BREACHED || o.status() == LATE);
    assertThat(only(e, "ew.limit-24h").status()).isEqualTo(MET);
    assertThat(only(e, "ew.court-after-charge").status()).isEqualTo(MET);
    assertThat(only(e, "ew.first-review-6h").status()).isEqualTo(MET);
    assertThat(only(e, "ew.legal-advice").status()).isEqualTo(MET);
    assertThat(only(e, "ew.notification").status()).isEqualTo(MET);
    // The inspector's chain ends at charge; the custody officer's reviews take over until court.
    assertThat(statuses(e, "ew.later-reviews-9h")).containsExactly(MET, NOT_APPLICABLE);
    assertThat(e.of("ew.later-reviews-9h").getLast().reason()).isEqualTo(Reason.STOPPED);
    assertThat(e.of("ew.reviews-after-charge"))
        .extracting(Obligation::status)
        .isNotEmpty()
        .containsOnly(MET);
  }

  @Test
  void overTheWeekendTheClockCountsToTheCourtNotTo24Hours() {
    var record = weekend("2026-03-07T09:00Z");

    Evaluation e = judge(ew(), record, "2026-03-08T09:00Z");

    assertThat(e.detentionLimit().ruleId()).isEqualTo("ew.court-after-charge");
    assertThat(e.detentionLimit().until()).isEqualTo(at("2026-03-10T00:00Z"));
  }

  @Test
  void chargedAt30HoursWithoutAnExtensionViolatesTheLimit() {
    var record = weekend("2026-03-08T00:30Z");

    Evaluation late = judge(ew(), record, "2026-03-09T12:00Z");
    Evaluation before = judge(ew(), record, "2026-03-07T21:00Z");

    assertThat(only(late, "ew.limit-24h").status()).isEqualTo(LATE);
    assertThat(only(late, "ew.limit-24h").dueAt()).isEqualTo(at("2026-03-07T18:30Z"));
    assertThat(only(before, "ew.limit-24h").status()).isEqualTo(BREACHED);
    // The court on Monday is still the first sitting after that charge.
    assertThat(only(late, "ew.court-after-charge").status()).isEqualTo(MET);
  }

  /**
   * Arrested on Friday 6 March 2026 at 18:00 (London, GMT), charged at {@code chargedAt} with bail
   * refused, before the magistrates on Monday at 10:00, bailed by them at 10:15; cell visits every
   * 55 minutes, reviews on time.
   */
  private static List<StoredEvent> weekend(String chargedAt) {
    Instant charged = at(chargedAt);
    List<Object> events = new ArrayList<>();
    List<Object> timed = new ArrayList<>();
    events.add(arrestedAt("2026-03-06T18:00Z"));
    events.add(arrivedAt("2026-03-06T18:30Z", SUITE));
    timed.add(detentionAuthorisedAt("2026-03-06T18:45Z"));
    timed.add(rightsExplainedAt("2026-03-06T18:50Z"));
    timed.add(lawyerRequestedAt("2026-03-06T19:00Z"));
    timed.add(relativeNotifiedAt("2026-03-06T19:30Z"));
    timed.add(lawyerArrivedAt("2026-03-06T21:00Z"));
    // Inspector's reviews before charge: within 6 h of authorisation, then within 9 h.
    for (Instant r = at("2026-03-07T00:30Z");
        r.isBefore(charged);
        r = r.plus(Duration.ofHours(8))) {
      timed.add(reviewedAt(r.toString()));
    }
    timed.add(chargedAt(chargedAt));
    // The custody officer's reviews after charge, every 8 h until court.
    for (Instant r = charged.plus(Duration.ofHours(8));
        r.isBefore(at("2026-03-09T10:00Z"));
        r = r.plus(Duration.ofHours(8))) {
      timed.add(reviewedAt(r.toString(), "Sergeant"));
    }
    for (Instant v = at("2026-03-06T19:25Z");
        v.isBefore(at("2026-03-09T10:00Z"));
        v = v.plus(Duration.ofMinutes(55))) {
      timed.add(cellVisitedAt(v.toString()));
    }
    timed.add(broughtBeforeCourtAt("2026-03-09T10:00Z"));
    timed.add(releaseOrderedAt("2026-03-09T10:15Z"));
    timed.add(releasedAt("2026-03-09T10:30Z"));
    timed.sort(
        (a, b) -> ((CustodyEvent) a).occurredAt().compareTo(((CustodyEvent) b).occurredAt()));
    events.addAll(timed);
    return given(events.toArray());
  }
}
