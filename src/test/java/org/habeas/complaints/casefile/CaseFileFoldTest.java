package org.habeas.complaints.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The current case file is the fold of its revisions: given revisions, then what stands. */
class CaseFileFoldTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private static Entry rev(
      Kind kind, UUID id, int revision, boolean withdrawn, Map<String, Object> values) {
    return new Entry(
        kind,
        id,
        revision,
        withdrawn,
        revision == 1 ? null : "why",
        "monitor",
        T0.plusSeconds(revision * 60L),
        values);
  }

  @Test
  void keepsTheLatestRevisionOfEachItemWhateverTheOrderGiven() {
    var act = UUID.randomUUID();
    var file =
        CaseFile.fold(
            List.of(
                rev(Kind.ACT, act, 2, false, Map.of("actType", "ASPHYXIATION")),
                rev(Kind.ACT, act, 1, false, Map.of("actType", "BEATING"))));
    assertThat(file.current(Kind.ACT))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text("actType")).isEqualTo("ASPHYXIATION");
              assertThat(e.timelineType()).isEqualTo("casefile.ActCorrected");
            });
    assertThat(file.history(act)).extracting(Entry::revision).containsExactly(1, 2);
  }

  @Test
  void aWithdrawnItemIsNotCurrentButKeepsItsHistory() {
    var victim = UUID.randomUUID();
    var file =
        CaseFile.fold(
            List.of(
                rev(Kind.VICTIM, victim, 1, false, Map.of("name", "A")),
                rev(Kind.VICTIM, victim, 2, true, Map.of("name", "A"))));
    assertThat(file.current(Kind.VICTIM)).isEmpty();
    assertThat(file.find(Kind.VICTIM, victim)).isEmpty();
    assertThat(file.latest(victim))
        .get()
        .extracting(Entry::timelineType)
        .isEqualTo("casefile.VictimWithdrawn");
    assertThat(file.history(victim)).hasSize(2);
  }

  @Test
  void theMatrixJoinsActsToVictimsAndPerpetratorsThroughInvolvements() {
    var act = UUID.randomUUID();
    var other = UUID.randomUUID();
    var victim = UUID.randomUUID();
    var perpetrator = UUID.randomUUID();
    var gone = UUID.randomUUID();
    var file =
        CaseFile.fold(
            List.of(
                rev(
                    Kind.ACT,
                    act,
                    1,
                    false,
                    Map.of("actType", "BEATING", "occurredOn", LocalDate.of(2026, 11, 20))),
                rev(Kind.ACT, other, 1, false, Map.of("actType", "THREATS")),
                rev(Kind.VICTIM, victim, 1, false, Map.of("name", "Serik")),
                rev(Kind.PERPETRATOR, perpetrator, 1, false, Map.of("name", "Omarov")),
                rev(
                    Kind.INVOLVEMENT,
                    UUID.randomUUID(),
                    1,
                    false,
                    Map.of("act", act, "victim", victim)),
                rev(
                    Kind.INVOLVEMENT,
                    UUID.randomUUID(),
                    1,
                    false,
                    Map.of("act", act, "perpetrator", perpetrator, "degree", "ORDERED")),
                rev(Kind.INVOLVEMENT, gone, 1, false, Map.of("act", other, "victim", victim)),
                rev(Kind.INVOLVEMENT, gone, 2, true, Map.of("act", other, "victim", victim))));
    var matrix = file.matrix();
    assertThat(matrix).hasSize(2);
    assertThat(matrix.get(0).victims()).extracting(e -> e.text("name")).containsExactly("Serik");
    assertThat(matrix.get(0).perpetrators())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.perpetrator().text("name")).isEqualTo("Omarov");
              assertThat(p.degree()).isEqualTo("ORDERED");
            });
    assertThat(matrix.get(1).victims()).isEmpty();
  }

  @Test
  void theExaminerIsTheDoctorOfACurrentExamination() {
    var exam = UUID.randomUUID();
    var finding = UUID.randomUUID();
    var interpretation =
        rev(Kind.INTERPRETATION, UUID.randomUUID(), 1, false, Map.of("finding", finding));
    var file =
        CaseFile.fold(
            List.of(
                rev(Kind.EXAMINATION, exam, 1, false, Map.of("examiner", "doctor")),
                rev(Kind.EXAMINATION, exam, 2, false, Map.of("examiner", "doctor-2")),
                rev(Kind.FINDING, finding, 1, false, Map.of("examination", exam)),
                interpretation));
    assertThat(file.isExaminer("doctor-2")).isTrue();
    assertThat(file.isExaminer("doctor")).isFalse();
    assertThat(file.examinationOf(interpretation)).contains(exam);
  }

  @Test
  void timelineDetailsHoldIdsAndKindsOnly() {
    var finding =
        rev(
            Kind.FINDING,
            UUID.randomUUID(),
            1,
            false,
            Map.of(
                "summary", "bruises", "description", "linear bruises", "findingKind", "PHYSICAL"));
    var details = CaseFiles.timelineDetails(finding);
    assertThat(details).containsOnlyKeys("kind", "item", "revision");
    assertThat(details.toString()).doesNotContain("bruises", "PHYSICAL");
  }
}
