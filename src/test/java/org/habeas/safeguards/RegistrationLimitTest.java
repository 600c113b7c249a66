package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: how soon a reported detention must be acknowledged by a custody record is profile data
 * ({@code settings.registrationLimit}): kz 3 hours (CPC art. 131(1)), cpt and ew none (their law
 * sets no hours), and a bad value is reported at its line like every other.
 */
class RegistrationLimitTest {

  private static String profileWith(String registration) {
    return """
        profile: test
        version: 1
        title: {kk: Сынақ, ru: Тест, en: Test}
        settings:
          openTooLong: {limit: PT72H, basis: test, confidence: M}
        %s
        rules:
          - id: test.court-within-48h
            title: {kk: Сот, ru: Суд, en: Court}
            kind: deadline
            from: Apprehended
            metBy: [Released]
            limit: PT48H
            basis: CPC
            confidence: M
        """
        .formatted(registration.indent(2).stripTrailing());
  }

  @Test
  void kazakhstanGivesTheRecordThreeHoursUnderTheCodeOfCriminalProcedure() {
    var limit = ShippedProfiles.get("kz").settings().registrationLimit();

    assertThat(limit).isNotNull();
    assertThat(limit.limit()).isEqualTo(Duration.ofHours(3));
    assertThat(limit.basis()).contains("CPC art. 131");
    assertThat(limit.confidence()).isEqualTo(Confidence.M);
  }

  @Test
  void theCptAndEnglandSetNoHoursSoNoAlert() {
    assertThat(ShippedProfiles.get("cpt").settings().registrationLimit()).isNull();
    assertThat(ShippedProfiles.get("ew").settings().registrationLimit()).isNull();
  }

  @Test
  void aProfileWithoutTheSettingHasNone() {
    var p = ProfileReader.read(profileWith(""));

    assertThat(p.settings().registrationLimit()).isNull();
  }

  @Test
  void aBadLimitIsReportedAtItsLine() {
    var errors =
        ProfileReader.problems(
            profileWith("registrationLimit: {limit: three hours, basis: CPC, confidence: M}"));

    assertThat(errors).hasSize(1);
    assertThat(errors.getFirst().line()).isEqualTo(6);
    assertThat(errors.getFirst().path()).isEqualTo("settings.registrationLimit.limit");
    assertThat(errors.getFirst().problem()).isEqualTo(ProfileProblem.BAD_DURATION);
  }

  @Test
  void aMissingBasisAndAnUnknownKeyAreReported() {
    var errors =
        ProfileReader.problems(
            profileWith("registrationLimit: {limit: PT3H, confidence: M, hours: 3}"));

    assertThat(errors).extracting(ProfileError::path).contains("settings.registrationLimit.basis");
    assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
  }
}
