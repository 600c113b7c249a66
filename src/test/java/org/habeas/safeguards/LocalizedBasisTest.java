package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedBasisTest {

  @Test
  void aRuleCitesItsLawInTheReadersLanguageAndKeepsEnglishForRecords() {
    var rule = ShippedProfiles.get("kz").rule("kz.detention-protocol-3h").orElseThrow();

    assertThat(rule.basis()).isEqualTo("CPC art. 131");
    assertThat(rule.basis(Locale.forLanguageTag("ru"))).isEqualTo("ст. 131 УПК");
    assertThat(rule.basis(Locale.forLanguageTag("kk"))).isEqualTo("ҚПК 131-бабы");
    assertThat(rule.basis(Locale.GERMAN)).isEqualTo("CPC art. 131");
  }

  @Test
  void everyShippedRuleHasItsBasisInEveryLanguage() {
    for (var profile : ShippedProfiles.all()) {
      for (var rule : profile.rules()) {
        assertThat(rule.basis(Locale.forLanguageTag("ru")))
            .as(rule.id())
            .isNotEqualTo(rule.basis().contains("CPC") ? rule.basis() : "");
      }
    }
  }

  @Test
  void anAlertsStoredBasisIsShownInTheReadersLanguage() {
    assertThat(ShippedProfiles.basis("CPC art. 131", Locale.forLanguageTag("kk")))
        .isEqualTo("ҚПК 131-бабы");
    assertThat(ShippedProfiles.basis("Some uploaded law", Locale.forLanguageTag("ru")))
        .isEqualTo("Some uploaded law");
  }

  @Test
  void oneTextServesEveryLanguage() {
    var yaml =
        ShippedProfiles.document("kz")
            .replace(
                "    basis:\n      kk: ҚПК 131-бабы\n      ru: ст. 131 УПК\n      en: CPC art. 131\n",
                "    basis: CPC art. 131\n");
    var rule = ProfileReader.read(yaml).rule("kz.detention-protocol-3h").orElseThrow();

    assertThat(rule.basis(Locale.forLanguageTag("kk"))).isEqualTo("CPC art. 131");
  }
}
