package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.custody.CustodyPhase;
import org.junit.jupiter.api.Test;

/** Issue 16: a rule may judge the remand phase ({@code phase: remand}); police is the default. */
class ProfileReaderRemandPhaseTest {

  private static String profileWith(String phaseLine) {
    return """
        profile: test
        version: 1
        title: {kk: Сынақ, ru: Тест, en: Test}
        settings:
          openTooLong: {limit: PT72H, basis: test, confidence: M}
        rules:
          - id: test.remand.medical
            title: {kk: Дәрігер, ru: Врач, en: Doctor}
        %s
            kind: deadline
            from: ArrivedAtFacility
            metBy: MedicalExaminationCompleted
            limit: PT24H
            basis: test
            confidence: L
        """
        .formatted(phaseLine);
  }

  @Test
  void aRuleWithoutAPhaseJudgesPoliceCustodyAsBefore() {
    Rule r = ProfileReader.read(profileWith("")).rules().getFirst();

    assertThat(r.phase()).isEqualTo(CustodyPhase.POLICE);
    assertThat(r.remand()).isFalse();
  }

  @Test
  void aRemandRuleIsRead() {
    Rule r = ProfileReader.read(profileWith("    phase: remand")).rules().getFirst();

    assertThat(r.phase()).isEqualTo(CustodyPhase.REMAND);
    assertThat(r.remand()).isTrue();
  }

  @Test
  void anUnknownPhaseIsReportedAtItsLineWithTheValuesAllowed() {
    var errors = ProfileReader.problems(profileWith("    phase: prison"));

    assertThat(errors).hasSize(1);
    var e = errors.getFirst();
    assertThat(e.problem()).isEqualTo(ProfileProblem.BAD_VALUE);
    assertThat(e.path()).isEqualTo("rules[0].phase");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.message()).contains("prison").contains("police, remand");
  }

  @Test
  void aPhaseMustBeOneValue() {
    var errors = ProfileReader.problems(profileWith("    phase: [police, remand]"));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.EXPECTED_TEXT);
  }
}
