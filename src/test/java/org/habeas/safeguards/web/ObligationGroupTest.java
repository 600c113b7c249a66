package org.habeas.safeguards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.habeas.safeguards.Confidence;
import org.habeas.safeguards.ObligationStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The obligations table collapses a rule's repeated obligations into one row (issue 15: an England
 * record with a row per cell visit was 6,800 px tall), with a count and the worst status.
 */
class ObligationGroupTest {

  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void oneRowPerRuleInTheOrderRulesFirstAppear() {
    var list = new ArrayList<ObligationView>();
    for (int i = 0; i < 40; i++) {
      list.add(view("ew.cell-visits", ObligationStatus.MET, T.plusSeconds(3600L * i)));
    }
    list.add(view("ew.first-review-6h", ObligationStatus.PENDING, T.plusSeconds(9000)));
    list.add(1, view("ew.limit-24h", ObligationStatus.PENDING, T.plusSeconds(80000)));

    var groups = ObligationGroup.of(list);

    assertThat(groups)
        .extracting(ObligationGroup::ruleId)
        .containsExactly("ew.cell-visits", "ew.limit-24h", "ew.first-review-6h");
    assertThat(groups.getFirst().count()).isEqualTo(40);
    assertThat(groups.getFirst().collapsed()).isTrue();
    assertThat(groups.get(1).collapsed()).isFalse();
  }

  @Test
  void theRowShowsTheWorstStatusAndHowManyStandInEach() {
    var group =
        ObligationGroup.of(
                List.of(
                    view("r", ObligationStatus.MET, T),
                    view("r", ObligationStatus.LATE, T.plusSeconds(60)),
                    view("r", ObligationStatus.BREACHED, T.plusSeconds(120)),
                    view("r", ObligationStatus.PENDING, T.plusSeconds(180)),
                    view("r", ObligationStatus.MET, T.plusSeconds(240))))
            .getFirst();

    assertThat(group.worst()).isEqualTo(ObligationStatus.BREACHED);
    assertThat(group.shown().dueAt()).isEqualTo(T.plusSeconds(120));
    assertThat(group.counts())
        .containsExactly(
            Map.entry(ObligationStatus.BREACHED, 1L),
            Map.entry(ObligationStatus.LATE, 1L),
            Map.entry(ObligationStatus.PENDING, 1L),
            Map.entry(ObligationStatus.MET, 2L));
  }

  @Test
  void withNothingWorseThanPendingTheRowShowsTheNextDue() {
    var group =
        ObligationGroup.of(
                List.of(
                    view("r", ObligationStatus.MET, T),
                    view("r", ObligationStatus.PENDING, T.plusSeconds(7200)),
                    view("r", ObligationStatus.PENDING, T.plusSeconds(3600))))
            .getFirst();

    assertThat(group.worst()).isEqualTo(ObligationStatus.PENDING);
    assertThat(group.shown().dueAt()).isEqualTo(T.plusSeconds(3600));
  }

  @Test
  void aLateEntryAmongMetOnesMakesTheRowLate() {
    var group =
        ObligationGroup.of(
                List.of(
                    view("record.late-entry", ObligationStatus.MET, T),
                    view("record.late-entry", ObligationStatus.LATE, T.plusSeconds(60))))
            .getFirst();
    assertThat(group.worst()).isEqualTo(ObligationStatus.LATE);
  }

  private static ObligationView view(String rule, ObligationStatus status, @Nullable Instant due) {
    return new ObligationView(
        rule, rule, status, due, null, null, "PACE", Confidence.H, false, List.of(), null);
  }
}
