package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.habeas.custody.DelayedRight;
import org.junit.jupiter.api.Test;

/**
 * The profile terms added for issue 16: a lawful delay that excuses a check at questioning, and the
 * first response to a complaint from a person still held.
 */
class ProfileTermsOfIssue16Test {

  private static String profile(String settings, String rule) {
    return """
        profile: test
        version: 2
        title: {kk: Сынақ, ru: Тест, en: Test}
        settings:
          openTooLong: {limit: PT72H, basis: test, confidence: M}
        %s
        rules:
          - id: test.lawyer
            title: {kk: Адвокат, ru: Адвокат, en: Lawyer}
            kind: every-questioning
            requires: lawyerPresent
        %s
            basis: test
            confidence: M
        """
        .formatted(settings.indent(2).stripTrailing(), rule.indent(4).stripTrailing());
  }

  @Test
  void readsTheDelayThatExcusesQuestioning() {
    var p =
        ProfileReader.read(
            profile("", "excusedByDelay: {right: lawyer, upTo: PT48H, endedBy: LawyerArrived}"));

    var terms = (RuleTerms.EveryQuestioning) p.rule("test.lawyer").orElseThrow().terms();
    assertThat(terms.excusedByDelay())
        .isEqualTo(
            new DelayExcuse(
                DelayedRight.LAWYER,
                Duration.ofHours(48),
                java.util.List.of(EventPattern.of("LawyerArrived"))));
  }

  @Test
  void aRuleWithoutItExcusesNoDelay() {
    var terms =
        (RuleTerms.EveryQuestioning)
            ProfileReader.read(profile("", "")).rule("test.lawyer").orElseThrow().terms();

    assertThat(terms.excusedByDelay()).isNull();
  }

  @Test
  void aDelayOfAnUnknownRightOrWithoutItsLimitIsRefused() {
    assertThat(ProfileReader.problems(profile("", "excusedByDelay: {right: phone, upTo: PT48H}")))
        .extracting(ProfileError::path)
        .contains("rules[0].excusedByDelay.right");
    assertThat(ProfileReader.problems(profile("", "excusedByDelay: {right: lawyer}")))
        .extracting(ProfileError::path)
        .contains("rules[0].excusedByDelay.upTo");
    assertThat(
            ProfileReader.problems(
                profile("", "excusedByDelay: {right: lawyer, upTo: PT1H, until: charge}")))
        .isNotEmpty();
  }

  @Test
  void readsTheFirstResponseToAPersonStillHeld() {
    var p = ProfileReader.read(profile("complaints: {stillHeldFirstResponse: PT12H}", ""));

    assertThat(p.settings().complaints())
        .isEqualTo(new ProfileSettings.Complaints(Duration.ofHours(12)));
    assertThat(ProfileReader.read(profile("", "")).settings().complaints()).isNull();
  }

  @Test
  void aFirstResponseThatIsNoDurationIsRefused() {
    assertThat(ProfileReader.problems(profile("complaints: {stillHeldFirstResponse: soon}", "")))
        .extracting(ProfileError::path)
        .contains("settings.complaints.stillHeldFirstResponse");
    assertThat(ProfileReader.problems(profile("complaints: {}", ""))).isNotEmpty();
  }

  @Test
  void theShippedProfilesAnswerStillHeldComplaintsInHours() {
    assertThat(ShippedProfiles.get("kz").settings().complaints().stillHeldFirstResponse())
        .isEqualTo(Duration.ofHours(24));
    assertThat(ShippedProfiles.get("cpt").settings().complaints().stillHeldFirstResponse())
        .isEqualTo(Duration.ofHours(24));
    assertThat(ShippedProfiles.get("ew").settings().complaints().stillHeldFirstResponse())
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void onlyTheCptLawyerRuleIsExcusedByADelay() {
    for (var p : ShippedProfiles.all()) {
      for (var r : p.rules()) {
        if (r.terms() instanceof RuleTerms.EveryQuestioning q && q.excusedByDelay() != null) {
          assertThat(r.id()).isEqualTo("cpt.lawyer-from-outset");
        }
      }
    }
  }
}
