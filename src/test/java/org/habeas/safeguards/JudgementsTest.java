package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What custody keeps of a judged record: the legal limit and the deadlines its board and clock
 * show, from one evaluation, with the rules' titles in the three languages.
 */
class JudgementsTest extends SafeguardsFixtures {

  @Test
  void theLegalLimitAndTheDeadlinesComeFromTheOneEvaluation() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            detentionAuthorisedAt("2026-03-02T10:40Z"),
            cellVisitedAt("2026-03-02T11:25Z"));
    var e = judge(ew(), record, "2026-03-02T12:00Z");

    var judged = Judgements.of("r1", e, ew());

    assertThat(judged.recordId()).isEqualTo("r1");
    assertThat(judged.judgedAt()).isEqualTo(at("2026-03-02T12:00Z"));
    // PACE: 24 h from the relevant time, the arrival at the station.
    assertThat(judged.legalLimit()).isEqualTo(at("2026-03-03T10:30Z"));
    assertThat(judged.legalLimit()).isEqualTo(e.limit().orElseThrow().until());
    var cell = judged.cellCheck();
    assertThat(cell).isNotNull();
    assertThat(cell.ruleId()).isEqualTo("ew.cell-visits");
    assertThat(cell.at()).isEqualTo(at("2026-03-02T12:25Z"));
    var title = ew().rule("ew.cell-visits").orElseThrow().title();
    assertThat(cell.titles())
        .containsEntry("kk", title.kk())
        .containsEntry("ru", title.ru())
        .containsEntry("en", title.en());
    var review = judged.review();
    assertThat(review).isNotNull();
    assertThat(review.ruleId()).isEqualTo("ew.first-review-6h");
    assertThat(review.at()).isEqualTo(at("2026-03-02T16:40Z"));
    // The next deadline of any kind is the earliest pending one.
    var earliest =
        e.obligations().stream()
            .filter(o -> o.status() == ObligationStatus.PENDING && o.dueAt() != null)
            .map(Obligation::dueAt)
            .sorted()
            .findFirst()
            .orElseThrow();
    assertThat(judged.next()).isNotNull();
    assertThat(judged.next().at()).isEqualTo(earliest);
    assertThat(judged.breached()).isZero();
  }

  @Test
  void breachedObligationsAreCountedAndNothingPendingIsNoDeadline() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), arrivedAt("2026-03-02T10:30Z", SUITE));
    var e = judge(ew(), record, "2026-03-05T10:00Z");

    var judged = Judgements.of("r2", e, ew());

    long breached =
        e.obligations().stream().filter(o -> o.status() == ObligationStatus.BREACHED).count();
    assertThat(breached).isPositive();
    assertThat(judged.breached()).isEqualTo((int) breached);
    // PACE: 24 h from the relevant time, the arrival at the station.
    assertThat(judged.legalLimit()).isEqualTo(at("2026-03-03T10:30Z"));
  }

  @Test
  void aRuleTheProfileDoesNotHaveIsTitledByItsId() {
    var e =
        new Evaluation(
            at("2026-03-02T12:00Z"),
            List.of(
                new Obligation(
                    "record.unknown",
                    ObligationStatus.PENDING,
                    at("2026-03-02T10:00Z"),
                    at("2026-03-02T13:00Z"),
                    null,
                    List.of(),
                    "",
                    Confidence.H,
                    null)),
            null,
            null);

    var judged = Judgements.of("r3", e, ew());

    assertThat(judged.legalLimit()).isNull();
    assertThat(judged.cellCheck()).isNull();
    assertThat(judged.review()).isNull();
    assertThat(judged.next()).isNotNull();
    assertThat(judged.next().title("ru")).isEqualTo("record.unknown");
  }
}
