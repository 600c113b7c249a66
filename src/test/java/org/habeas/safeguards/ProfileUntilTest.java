package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule terms that end a rule at an event ({@code until}), end its delays ({@code delays.until})
 * and count a limit in court days ({@code countedIn}): read, and refused with a clear error when
 * wrong.
 */
class ProfileUntilTest {

  private static String profileWith(String rule) {
    return """
        profile: test
        version: 2
        title: {kk: Сынақ, ru: Тест, en: Test}
        settings:
          openTooLong: {limit: PT72H, basis: test, confidence: M}
        rules:
          - id: test.review
            title: {kk: Тексеру, ru: Проверка, en: Review}
        %s
        """
        .formatted(rule.indent(4).stripTrailing());
  }

  private static final String REVIEW =
      """
      kind: deadline
      from: DetentionAuthorised
      metBy: DetentionReviewed
      limit: PT6H
      until: Charged
      basis: PACE s.40
      confidence: H
      """;

  @Test
  void readsTheEventsThatEndARule() {
    Rule r = ProfileReader.read(profileWith(REVIEW)).rule("test.review").orElseThrow();

    assertThat(r.until()).containsExactly(EventPattern.of("Charged"));
  }

  @Test
  void aRuleWithoutUntilEndsNever() {
    Rule r =
        ProfileReader.read(profileWith(REVIEW.replace("until: Charged\n", "")))
            .rule("test.review")
            .orElseThrow();

    assertThat(r.until()).isEmpty();
  }

  @Test
  void untilMayAskWhatTheEventSays() {
    Rule r =
        ProfileReader.read(
                profileWith(REVIEW.replace("until: Charged", "until: {Charged: {bail: refused}}")))
            .rule("test.review")
            .orElseThrow();

    assertThat(r.until()).hasSize(1);
    assertThat(r.until().getFirst()).hasToString("Charged{bail: refused}");
  }

  @Test
  void anUnknownEventIsReportedAtUntil() {
    var errors =
        ProfileReader.problems(profileWith(REVIEW.replace("until: Charged", "until: Charge")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.UNKNOWN_EVENT_TYPE);
    assertThat(errors.getFirst().path()).isEqualTo("rules[0].until");
    assertThat(errors.getFirst().line()).isEqualTo(13);
  }

  @Test
  void theRelevantTimeCannotEndARule() {
    var errors =
        ProfileReader.problems(
            profileWith(REVIEW.replace("until: Charged", "until: relevant-time")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.NOT_ALLOWED);
  }

  @Test
  void anEmptyListIsRefused() {
    var errors = ProfileReader.problems(profileWith(REVIEW.replace("until: Charged", "until: []")));

    assertThat(errors).extracting(ProfileError::problem).containsExactly(ProfileProblem.EMPTY);
  }

  @Test
  void aBailValueMustBeRefusedOrGranted() {
    var errors =
        ProfileReader.problems(
            profileWith(REVIEW.replace("until: Charged", "until: {Charged: {bail: maybe}}")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.BAD_QUALIFIER_VALUE);
  }

  @Test
  void delaysMayEndAtAnEvent() {
    String withDelays =
        REVIEW.replace(
            "until: Charged\n",
            "delays: {right: lawyer, ranks: [superintendent], until: Charged}\n");

    var terms =
        (RuleTerms.Deadline)
            ProfileReader.read(profileWith(withDelays)).rule("test.review").orElseThrow().terms();

    assertThat(terms.delays().until()).containsExactly(EventPattern.of("Charged"));
    var errors =
        ProfileReader.problems(profileWith(withDelays.replace("until: Charged", "until: Nope")));
    assertThat(errors).extracting(ProfileError::path).containsExactly("rules[0].delays.until");
  }

  @Test
  void courtDaysAreWholeDays() {
    String court = REVIEW.replace("limit: PT6H", "limit: P1D\ncountedIn: court-days");

    var terms =
        (RuleTerms.Deadline)
            ProfileReader.read(profileWith(court)).rule("test.review").orElseThrow().terms();

    assertThat(terms.courtDays()).isTrue();
    assertThat(
            ProfileReader.problems(profileWith(court.replace("P1D", "PT36H"))).stream()
                .map(e -> e.problem() + " " + e.path())
                .toList())
        .isEqualTo(List.of("BAD_VALUE rules[0].limit"));
    assertThat(
            ProfileReader.problems(profileWith(court.replace("court-days", "weeks"))).stream()
                .map(e -> e.problem() + " " + e.path())
                .toList())
        .isEqualTo(List.of("BAD_VALUE rules[0].countedIn"));
  }
}
