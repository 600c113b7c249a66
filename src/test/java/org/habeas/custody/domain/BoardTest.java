package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.habeas.custody.Board;
import org.habeas.custody.Board.RiskFlag;
import org.habeas.custody.CellVisited;
import org.habeas.custody.CustodyPhase;
import org.habeas.custody.DetentionClock;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.InterpreterAssigned;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.Person;
import org.habeas.custody.RecordDeadlines.Coming;
import org.habeas.custody.RecordDeadlines.Due;
import org.junit.jupiter.api.Test;

/** The custody board's lines (issue 15): cell, risk flags and the order of what falls due. */
class BoardTest extends CustodyTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  @Test
  void theCellIsTheLatestNamedAtTheFacilityHoldingThePerson() {
    var r =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            new org.habeas.custody.ArrivedAtFacility(at("2026-03-01T23:00+05:00"), TDF, "A-3"),
            new CellVisited(at("2026-03-01T23:30+05:00"), "Sgt. Omarov", false),
            new CellVisited(at("2026-03-02T00:30+05:00"), "Sgt. Omarov", false, "B-7"));
    assertThat(Board.cell(r)).isEqualTo("B-7");
  }

  @Test
  void aTransferLeavesNoCellUntilOneIsNamedAtTheNextFacility() {
    var r =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            new org.habeas.custody.ArrivedAtFacility(at("2026-03-01T23:00+05:00"), TDF, "A-3"),
            transferredAt("2026-03-02T10:00+05:00", DEPARTMENT),
            arrivedAt("2026-03-02T11:00+05:00", DEPARTMENT));
    assertThat(Board.cell(r)).isNull();
  }

  @Test
  void noCellWhereTheRecordNamesNone() {
    assertThat(Board.cell(record(apprehendedAt("2026-03-01T22:15+05:00")))).isNull();
  }

  @Test
  void flagsComeFromThePersonAndTheEvents() {
    var foreigner = new Person("Ali Karimov", LocalDate.of(1990, 1, 1), null, "UZ", "uz");
    var r =
        record(
            apprehended("2026-03-01T22:15+05:00", foreigner, Jurisdiction.KZ),
            new CellVisited(at("2026-03-01T23:30+05:00"), "Sgt. Omarov", true),
            new MedicalExaminationCompleted(
                at("2026-03-02T00:00+05:00"), "Dr. Seitkali", true, "bruise"));
    assertThat(Board.flags(r, ZONE))
        .containsExactlyInAnyOrder(
            RiskFlag.INTOXICATED,
            RiskFlag.INJURED,
            RiskFlag.FOREIGN_NATIONAL,
            RiskFlag.INTERPRETER);
  }

  @Test
  void aSoberVisitAfterAnIntoxicatedOneClearsTheFlag() {
    var r =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            new CellVisited(at("2026-03-01T23:00+05:00"), "Sgt. Omarov", true),
            new CellVisited(at("2026-03-02T01:00+05:00"), "Sgt. Omarov", false));
    assertThat(Board.flags(r, ZONE)).doesNotContain(RiskFlag.INTOXICATED);
  }

  @Test
  void juvenileInjuryAndInterpreterAreFlagged() {
    var r =
        record(
            juvenileApprehendedAt("2026-03-01T22:15+05:00"),
            new InjuryRecorded(at("2026-03-01T23:00+05:00"), "bruise on the arm", "Dr. Seitkali"),
            new InterpreterAssigned(at("2026-03-01T23:10+05:00"), "en"));
    assertThat(Board.flags(r, ZONE))
        .contains(RiskFlag.JUVENILE, RiskFlag.INJURED, RiskFlag.INTERPRETER)
        .doesNotContain(RiskFlag.INTOXICATED);
  }

  @Test
  void anAdultCitizenSpeakingKazakhHasNoFlags() {
    var r = record(apprehendedAt("2026-03-01T22:15+05:00"));
    assertThat(Board.flags(r, ZONE)).isEmpty();
  }

  @Test
  void linesAreSortedBreachedFirstThenByWhatFallsDueFirst() {
    var t = Instant.parse("2026-03-02T10:00:00Z");
    var late = line("late", t.plusSeconds(7200), new Coming(null, null, null, 1));
    var cellSoon = line("cell-soon", t.plusSeconds(36000), coming(t.plusSeconds(600)));
    var limitSoon = line("limit-soon", t.plusSeconds(1800), Coming.NONE);
    var quiet = line("quiet", t.plusSeconds(90000), Coming.NONE);

    assertThat(Board.sorted(List.of(quiet, limitSoon, cellSoon, late)))
        .extracting(Board.Line::id)
        .containsExactly("late", "cell-soon", "limit-soon", "quiet");
  }

  @Test
  void aLineIsDueAtItsFirstDeadlineOrItsLimit() {
    var t = Instant.parse("2026-03-02T10:00:00Z");
    assertThat(line("a", t, Coming.NONE).dueFirst()).isEqualTo(t);
    assertThat(line("b", t, coming(t.minusSeconds(60))).dueFirst()).isEqualTo(t.minusSeconds(60));
  }

  private static Due due(Instant at) {
    return new Due("ew.cell-visits", "Cell visits", at);
  }

  private static Coming coming(Instant cellCheck) {
    return new Coming(due(cellCheck), null, due(cellCheck), 0);
  }

  private static Board.Line line(String id, Instant limitAt, Coming coming) {
    return new Board.Line(
        id,
        "name",
        TDF,
        null,
        limitAt.minus(Duration.ofHours(48)),
        limitAt,
        Duration.ofHours(1),
        coming.breached() > 0 ? DetentionClock.Level.RED : DetentionClock.Level.GREEN,
        coming,
        Set.of(),
        Jurisdiction.KZ,
        true,
        CustodyPhase.POLICE);
  }
}
