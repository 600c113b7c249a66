package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading a profile document, and refusing a bad one with errors at the right lines. */
class ProfileReaderTest {

  /** A profile of one rule; {@code %s} is the rule's body after its title. */
  private static String profileWith(String rule) {
    return """
        profile: test
        version: 2
        title: {kk: Сынақ, ru: Тест, en: Test}
        settings:
          openTooLong: {limit: PT72H, basis: test, confidence: M}
        rules:
          - id: test.court-within-48h
            title: {kk: Сот, ru: Суд, en: Court}
        %s
        """
        .formatted(rule.indent(4).stripTrailing());
  }

  private static final String GOOD_RULE =
      """
      kind: deadline
      from: Apprehended
      metBy: [RemandOrdered, Released]
      limit: PT48H
      variants: {juvenile: PT24H}
      basis: CPC
      confidence: M
      """;

  @Test
  void readsAValidProfile() {
    Profile p = ProfileReader.read(profileWith(GOOD_RULE));

    assertThat(p.id()).isEqualTo("test");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.settings().lateEntryAfter()).isEqualTo(Duration.ofHours(1));
    Rule r = p.rule("test.court-within-48h").orElseThrow();
    assertThat(r.kind()).isEqualTo(RuleKind.DEADLINE);
    var terms = (RuleTerms.Deadline) r.terms();
    assertThat(terms.limit().base()).isEqualTo(Duration.ofHours(48));
    assertThat(terms.limit().variants()).containsEntry("juvenile", Duration.ofHours(24));
  }

  @Test
  void aBadDurationIsReportedAtItsLine() {
    var errors = ProfileReader.problems(profileWith(GOOD_RULE.replace("PT48H", "48 hours")));

    assertThat(errors).hasSize(1);
    assertThat(errors.getFirst().line()).isEqualTo(12);
    assertThat(errors.getFirst().column()).isEqualTo(12);
    assertThat(errors.getFirst().path()).isEqualTo("rules[0].limit");
    assertThat(errors.getFirst().problem()).isEqualTo(ProfileProblem.BAD_DURATION);
    assertThat(errors.getFirst().message()).contains("48 hours");
  }

  @Test
  void anUnknownKindIsReported() {
    var errors =
        ProfileReader.problems(profileWith(GOOD_RULE.replace("kind: deadline", "kind: deadlin")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.UNKNOWN_KIND);
    assertThat(errors.getFirst().line()).isEqualTo(9);
  }

  @Test
  void anUnknownEventTypeIsReported() {
    var errors = ProfileReader.problems(profileWith(GOOD_RULE.replace("Released]", "Freed]")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.UNKNOWN_EVENT_TYPE);
    assertThat(errors.getFirst().line()).isEqualTo(11);
    assertThat(errors.getFirst().path()).isEqualTo("rules[0].metBy[1]");
  }

  @Test
  void aMissingTitleLanguageIsReported() {
    var doc =
        profileWith(GOOD_RULE).replace("{kk: Сот, ru: Суд, en: Court}", "{ru: Суд, en: Court}");

    var errors = ProfileReader.problems(doc);

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.MISSING_LANGUAGE);
    assertThat(errors.getFirst().line()).isEqualTo(8);
    assertThat(errors.getFirst().args()).containsExactly("rules[0].title", "kk");
  }

  @Test
  void aTypoInAKeyIsNotSilentlyIgnored() {
    var errors =
        ProfileReader.problems(profileWith(GOOD_RULE.replace("limit: PT48H", "limt: PT48H")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.MISSING_KEY, ProfileProblem.UNKNOWN_KEY);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    var doc =
        profileWith(
            GOOD_RULE
                .replace("confidence: M", "confidence: X")
                .replace("juvenile: PT24H", "teenager: PT24H"));

    assertThat(ProfileReader.problems(doc))
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.UNKNOWN_VARIANT, ProfileProblem.BAD_CONFIDENCE);
  }

  @Test
  void brokenYamlIsReportedWhereItBreaks() {
    var errors = ProfileReader.problems("profile: test\nversion: [1\ntitle: x\n");

    assertThat(errors).extracting(ProfileError::problem).containsExactly(ProfileProblem.SYNTAX);
    assertThat(errors.getFirst().line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aQualifierMustBeOneTheEventHas() {
    var errors =
        ProfileReader.problems(
            profileWith(
                GOOD_RULE.replace(
                    "[RemandOrdered, Released]", "[{Released: {about: detention}}]")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.UNKNOWN_QUALIFIER);
  }

  @Test
  void anExtensionMustNameADeadlineOfTheProfile() {
    var doc =
        profileWith(GOOD_RULE)
            + """
              - id: test.extension
                title: {kk: Ұзарту, ru: Продление, en: Extension}
                kind: extension
                extends: test.nothing
                upTo: PT72H
                basis: CPC
                confidence: L
            """;

    var errors = ProfileReader.problems(doc);

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.UNKNOWN_RULE);
    assertThat(errors.getFirst().line()).isEqualTo(19);
  }

  @Test
  void theRelevantTimeNeedsTheSetting() {
    var errors =
        ProfileReader.problems(
            profileWith(GOOD_RULE.replace("from: Apprehended", "from: relevant-time")));

    assertThat(errors)
        .extracting(ProfileError::problem)
        .containsExactly(ProfileProblem.NOT_ALLOWED);
  }

  @Test
  void aRefusedDocumentThrowsWithEveryError() {
    assertThatThrownBy(() -> ProfileReader.read(profileWith(GOOD_RULE.replace("PT48H", "PT-1H"))))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("line 12")
        .satisfies(e -> assertThat(((InvalidProfileException) e).errors()).hasSize(1));
  }

  @Test
  void objectTagsAreNeverConstructed() {
    var errors = ProfileReader.problems("profile: !!javax.script.ScriptEngineManager [x]\n");

    assertThat(errors).isNotEmpty();
  }
}
