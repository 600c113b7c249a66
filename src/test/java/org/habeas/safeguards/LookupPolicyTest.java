package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.habeas.safeguards.ProfileSettings.Disclosed;
import org.habeas.safeguards.ProfileSettings.NationalIdUse;
import org.habeas.safeguards.ProfileSettings.WhoMayAsk;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: what the public lookup discloses, and to whom, is profile data ({@code
 * settings.lookup}): kz tells anyone who gives the IIN, cpt anyone (the release too, for 30 days),
 * ew only lawyers (PACE Code C 5.5); a bad value is reported at its line like every other.
 */
class LookupPolicyTest {

  private static String profileWith(String lookup) {
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
        .formatted(lookup.indent(2).stripTrailing());
  }

  @Test
  void kazakhstanTellsAnyoneWhoGivesTheIinWhatTheFamilyIsNotifiedOf() {
    var l = ShippedProfiles.get("kz").settings().lookup();

    assertThat(l).isNotNull();
    assertThat(l.whoMayAsk()).isEqualTo(WhoMayAsk.ANYONE);
    assertThat(l.nationalId()).isEqualTo(NationalIdUse.REQUIRED);
    assertThat(l.closedWithin()).isEqualTo(Duration.ofDays(3));
    assertThat(l.disclose())
        .containsExactlyInAnyOrder(Disclosed.STATUS, Disclosed.FACILITY, Disclosed.APPREHENDED_AT);
    assertThat(l.basis()).contains("CPC art. 135");
    assertThat(l.basisText().ru()).contains("УПК");
    assertThat(l.basisText().kk()).contains("ҚПК");
  }

  @Test
  void theCptTellsAnyoneTheReleaseTooAndEnglandOnlyLawyers() {
    var cpt = ShippedProfiles.get("cpt").settings().lookup();
    var ew = ShippedProfiles.get("ew").settings().lookup();

    assertThat(cpt).isNotNull();
    assertThat(cpt.whoMayAsk()).isEqualTo(WhoMayAsk.ANYONE);
    assertThat(cpt.closedWithin()).isEqualTo(Duration.ofDays(30));
    assertThat(cpt.discloses(Disclosed.ENDED_AT)).isTrue();
    assertThat(ew).isNotNull();
    assertThat(ew.whoMayAsk()).isEqualTo(WhoMayAsk.LAWYERS);
    assertThat(ew.nationalId()).isEqualTo(NationalIdUse.UNUSED);
    assertThat(ew.disclose()).containsExactlyInAnyOrder(Disclosed.STATUS, Disclosed.FACILITY);
    assertThat(ew.basis()).contains("Code C para 5.5");
  }

  @Test
  void aProfileWithoutTheSectionTellsNothing() {
    assertThat(ProfileReader.read(profileWith("")).settings().lookup()).isNull();
  }

  @Test
  void anUnknownFactAndAnUnknownEnquirerAreReportedAtTheirPaths() {
    var errors =
        ProfileReader.problems(
            profileWith(
                """
                lookup:
                  whoMayAsk: neighbours
                  nationalId: required
                  closedWithin: P3D
                  disclose: [status, grounds]
                  basis: test
                  confidence: M"""));

    assertThat(errors)
        .extracting(ProfileError::path)
        .contains("settings.lookup.whoMayAsk", "settings.lookup.disclose");
    assertThat(errors).allMatch(e -> e.problem() == ProfileProblem.BAD_VALUE);
  }
}
