package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.habeas.system.Problem.FieldProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RecommendationImportTest {

  private static final Set<String> FACILITIES = Set.of("kz-ast-tdf1");

  @Test
  void readsAValidCsvWithQuotedCommasAndThreeLanguages() {
    var csv =
        """
        source,agency,theme,textEn,textRu,textKk,issuedOn,deadline,sdgTargets,facilityId,paragraph
        cpt,interior,safeguards,"Access to a lawyer, from the outset",Доступ к адвокату,Адвокатқа қол жеткізу,2026-01-10,2026-12-31,"16.3, 16.a",kz-ast-tdf1,24
        upr,justice,registration,Keep one register,,,2025-05-01,,,,
        """;
    var preview = RecommendationImport.csv(csv, FACILITIES);
    assertThat(preview.fileProblem()).isNull();
    assertThat(preview.rows()).hasSize(2);
    assertThat(preview.ok()).as(preview.toString()).isTrue();
    assertThat(preview.rows().getFirst().form().textEn())
        .isEqualTo("Access to a lawyer, from the outset");
  }

  @Test
  void reportsEachBadRowByNumberAndField() {
    var csv =
        """
        source,agency,theme,textEn,issuedOn,deadline,facilityId
        cpt,interior,safeguards,Fine,2026-01-10,,
        nobody,interior,safeguards,Bad source,2026-01-10,,
        cpt,interior,safeguards,,2026-13-01,2020-01-01,kz-nowhere
        """;
    var preview = RecommendationImport.csv(csv, FACILITIES);
    assertThat(preview.ok()).isFalse();
    assertThat(preview.errors()).isEqualTo(2);
    assertThat(preview.rows().get(0).ok()).isTrue();
    assertThat(preview.rows().get(1).problems())
        .extracting(FieldProblem::field)
        .containsExactly("source");
    assertThat(preview.rows().get(2).number()).isEqualTo(3);
    assertThat(preview.rows().get(2).problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("textEn", "issuedOn", "facilityId");
  }

  @Test
  void refusesAnUnknownColumnAndAnEmptyFile() {
    assertThat(RecommendationImport.csv("source,colour\ncpt,red\n", FACILITIES).fileProblem())
        .isEqualTo("monitoring.import.badHeader");
    assertThat(RecommendationImport.csv("source,agency\n", FACILITIES).fileProblem())
        .isEqualTo("monitoring.import.empty");
  }

  @Test
  void readsJsonArraysAndRefusesOtherJson() {
    var json = JsonMapper.builder().build();
    var preview =
        RecommendationImport.json(
            "[{\"source\":\"cat\",\"agency\":\"prosecutor-general\",\"theme\":\"investigation\","
                + "\"textRu\":\"Расследовать\",\"issuedOn\":\"2026-02-01\"}, 7]",
            json,
            FACILITIES);
    assertThat(preview.rows()).hasSize(2);
    assertThat(preview.rows().get(0).ok()).isTrue();
    assertThat(preview.rows().get(1).ok()).isFalse();
    assertThat(RecommendationImport.json("{\"a\":1}", json, FACILITIES).fileProblem())
        .isEqualTo("monitoring.import.notArray");
    assertThat(RecommendationImport.json("[{", json, FACILITIES).fileProblem())
        .isEqualTo("monitoring.import.unreadable");
  }
}
