package org.habeas.safeguards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Profiles as people read them: "48 h", "from the start", dates in words; never PT48H or 1970. */
@IntegrationTest
class ProfileDisplayTests {

  @Autowired MockMvc mvc;

  @Test
  void limitsAndDatesAreWrittenAsPeopleWriteThem() throws Exception {
    var html = page("/safeguards/profiles/kz");
    var rules = html.substring(html.indexOf("id=\"rules\""), html.indexOf("id=\"versions\""));
    assertThat(rules).contains("48 h").contains("3 h").doesNotContainPattern("PT\\d");
    assertThat(rules).contains("juvenile: ");
    var versions = html.substring(html.indexOf("id=\"versions\""), html.indexOf("id=\"diff\""));
    assertThat(versions).contains("from the start").doesNotContain("1970");
    assertThat(page("/safeguards/profiles")).contains("from the start").doesNotContain("1970");
  }

  @Test
  void eachRuleShowsItsKindBasisAndConfidenceInTheReadersLanguage() throws Exception {
    var ru = rules(page("/safeguards/profiles/kz", "ru"), "kz.court-within-48h");
    assertThat(ru)
        .contains("Освобождение или решение суда в течение 48 часов")
        .contains("Срок")
        .contains("48 ч")
        .contains("УПК (с 1 января 2018 г.)")
        .contains("Подтверждено вторичными источниками")
        .contains("M to H")
        .contains("Не применяется, если: лицо несовершеннолетнее");
    var kk = rules(page("/safeguards/profiles/kz", "kk"), "kz.interrogation-4h-continuous");
    assertThat(kk).contains("4 сағ (кәмелетке толмаған: 2 сағ)").contains("ҚПК");
    assertThat(rules(page("/safeguards/profiles/kz", "kk"), "kz.consul-notified-24h"))
        .contains("Тек мына жағдайда: адам шетел азаматы");
    assertThat(rules(page("/safeguards/profiles/ew", "en"), "ew.appropriate-adult"))
        .contains("Only when: the person is a juvenile");
    var en = rules(page("/safeguards/profiles/ew", "en"), "ew.rest-8h");
    assertThat(en).contains("Rest").contains("8 h of rest in every 24 h").contains("Code C 12.2");
  }

  @Test
  void whatEndsARuleAndCourtDaysAreShownInWords() throws Exception {
    var html = page("/safeguards/profiles/ew");
    var rules = html.substring(html.indexOf("id=\"rules\""), html.indexOf("id=\"versions\""));
    var review = rules.substring(rules.indexOf("data-rule=\"ew.first-review-6h\""));
    assertThat(review.substring(0, review.indexOf("</tr>"))).contains("ends at: Charged");
    var advice = rules.substring(rules.indexOf("data-rule=\"ew.legal-advice\""));
    assertThat(advice.substring(0, advice.indexOf("</tr>")))
        .contains("delays only before: Charged");
    var court = rules.substring(rules.indexOf("data-rule=\"ew.court-after-charge\""));
    assertThat(court.substring(0, court.indexOf("</tr>")))
        .contains("to the end of the next court day (Monday to Friday)");
    var after = rules.substring(rules.indexOf("data-rule=\"ew.reviews-after-charge\""));
    assertThat(after.substring(0, after.indexOf("</tr>")))
        .contains("ends at: Brought before a court, Remand in custody ordered");
  }

  /** The row of one rule in the rules table. */
  private static String rules(String html, String ruleId) {
    int start = html.indexOf("data-rule=\"" + ruleId + "\"");
    assertThat(start).as("no row for %s", ruleId).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  @Test
  void theEditorNumbersLinesAndLinksEachErrorToItsLine() throws Exception {
    var html = page("/safeguards/profiles/ew");
    assertThat(html)
        .contains("class=\"yaml-editor\"")
        .contains("id=\"document\"")
        .contains("/js/profile-editor.js");
    var broken =
        org.habeas.safeguards.ShippedProfiles.document("ew")
            .replaceFirst("limit: PT24H", "limit: 24 hours");
    int line = broken.substring(0, broken.indexOf("limit: 24 hours")).split("\n", -1).length;
    var refused =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/safeguards/profiles/ew")
                    .with(user("admin").password("habeas-demo"))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .header("Accept-Language", "en")
                    .param("document", broken))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("href=\"#document\" class=\"error-line\" data-line=\"" + line + "\"");
  }

  @Test
  void aMomentIsADateInWordsInANamedZone() {
    var at = Instant.parse("2026-12-02T09:05:00Z");
    var zone = ZoneId.of("Asia/Almaty");
    assertThat(ProfilePages.when(at, zone, Locale.ENGLISH))
        .isEqualTo("2 December 2026, 14:05 (Asia/Almaty)");
    assertThat(ProfilePages.when(at, zone, Locale.forLanguageTag("ru")))
        .startsWith("2 декабря 2026");
  }

  private String page(String path) throws Exception {
    return page(path, "en");
  }

  private String page(String path, String language) throws Exception {
    return mvc.perform(
            get(path)
                .with(user("admin").password("habeas-demo"))
                // The page's language as a ?lang= switch would leave it in the session, without
                // saving it for the admin whom other tests read in English.
                .sessionAttr(
                    "org.habeas.system.web.UserLocaleResolver.locale",
                    Locale.forLanguageTag(language))
                .header("Accept-Language", language))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
