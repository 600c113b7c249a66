package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Profiles using the rule kind {@code forbidden-after} and the deadline term {@code failedBy}: read
 * when right, refused with a problem at the key when wrong.
 */
class ForbiddenAfterProfileTest {

  private static String profileWith(String rule) {
    return """
        profile: test
        version: 2
        title: {kk: Сынақ, ru: Тест, en: Test}
        settings:
          openTooLong: {limit: PT72H, basis: test, confidence: M}
        rules:
          - id: test.consul-not-against-wishes
            title: {kk: Консул, ru: Консул, en: Consul}
        %s
        """
        .formatted(rule.indent(4).stripTrailing());
  }

  private static final String FORBIDDEN =
      """
      kind: forbidden-after
      when: {foreignNational: true}
      after:
        - ConsularNotificationChosen: {choice: declined}
      forbids: ConsulNotified
      liftedBy:
        - ConsularNotificationChosen: {choice: requested, asylumSought: false}
      basis: VCCR art. 36(1)(b)
      confidence: M
      """;

  @Test
  void readsAForbiddenAfterRule() {
    var rule = ProfileReader.read(profileWith(FORBIDDEN)).rules().getFirst();

    assertThat(rule.kind()).isEqualTo(RuleKind.FORBIDDEN_AFTER);
    var terms = (RuleTerms.ForbiddenAfter) rule.terms();
    assertThat(terms.after()).hasSize(1);
    assertThat(terms.forbids()).extracting(EventPattern::type).containsExactly("ConsulNotified");
    assertThat(terms.liftedBy().getFirst().toString())
        .isEqualTo("ConsularNotificationChosen{choice: requested, asylumSought: false}");
  }

  @Test
  void withoutWhatItForbidsItIsRefusedAtTheKey() {
    var errors =
        ProfileReader.problems(profileWith(FORBIDDEN.replace("forbids: ConsulNotified\n", "")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.MISSING_KEY);
    assertThat(errors.getFirst().path()).isEqualTo("rules[0].forbids");
  }

  @Test
  void aChoiceThatIsNoChoiceIsRefused() {
    var errors =
        ProfileReader.problems(profileWith(FORBIDDEN.replace("choice: declined", "choice: maybe")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.BAD_QUALIFIER_VALUE);
  }

  @Test
  void aQualifierOfAnotherEventIsRefused() {
    var errors =
        ProfileReader.problems(
            profileWith(
                FORBIDDEN.replace(
                    "forbids: ConsulNotified", "forbids: {ConsulNotified: {choice: declined}}")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.UNKNOWN_QUALIFIER);
  }

  @Test
  void aDeadlineMayNameARefusalThatFailsIt() {
    var rule =
        ProfileReader.read(
                profileWith(
                    """
                    kind: deadline
                    each: true
                    from: [{ProsecutorNotified: {about: ill-treatment}}]
                    metBy: [{ReportRegistered: {outcome: registered}}]
                    failedBy: [{ReportRegistered: {outcome: refused}}]
                    limit: PT24H
                    basis: CPC art. 180
                    confidence: L
                    """))
            .rules()
            .getFirst();

    assertThat(((RuleTerms.Deadline) rule.terms()).failedBy().getFirst().toString())
        .isEqualTo("ReportRegistered{outcome: refused}");
  }
}
