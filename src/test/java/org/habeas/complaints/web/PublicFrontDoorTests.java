package org.habeas.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.web.ComplaintFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.habeas.IntegrationTest;
import org.habeas.complaints.IntakeLimits;
import org.habeas.complaints.IntakeLimits.Door;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public front door (issue 15): the home page linking every public page, lodging with
 * post-redirect-get, separate and generous limits with a page that says when to try again, every
 * form error at once, and the public API's answers.
 */
@IntegrationTest
class PublicFrontDoorTests {

  /** Every public page, as the home page and the public menu link it. */
  static final List<String> PUBLIC_PAGES =
      List.of(
          "/complaints/new",
          "/complaints/status",
          "/public/recommendations",
          "/statistics/public",
          "/open-data",
          "/training/certificates/verify",
          "/ledger");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired IntakeLimits limits;

  @AfterEach
  void restoreLimits() {
    limits.restore();
  }

  @Test
  void theHomePageWelcomesThePublicInEachLanguageAndLinksEveryPublicPage() throws Exception {
    var titles =
        List.of(
            new String[] {"en", "Custody safeguards, open to everyone"},
            new String[] {"ru", "Гарантии при задержании — открыто для всех"},
            new String[] {"kk", "Ұстау кезіндегі кепілдіктер — барлығына ашық"});
    for (var t : titles) {
      var html =
          mvc.perform(get("/").header("Accept-Language", t[0]))
              .andExpect(status().isOk())
              .andExpect(content().string(containsString("lang=\"" + t[0] + "\"")))
              .andExpect(content().string(containsString(t[1])))
              .andExpect(content().string(containsString("id=\"lang-kk\"")))
              .andReturn()
              .getResponse()
              .getContentAsString();
      for (var page : PUBLIC_PAGES) {
        assertThat(html).contains("href=\"" + page + "\"");
      }
      assertThat(html).contains("id=\"public-nav\"").contains("href=\"/login\"");
    }
  }

  @Test
  void everyPublicPageLinksTheOthers() throws Exception {
    for (var page : PUBLIC_PAGES) {
      var html =
          mvc.perform(get(page).header("Accept-Language", "en"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      for (var other : PUBLIC_PAGES) {
        assertThat(html).as("%s links %s", page, other).contains("href=\"" + other + "\"");
      }
      assertThat(html).as(page).contains("id=\"lang-ru\"");
    }
  }

  @Test
  void aSignedInUserAtTheHomePageGoesOnToTheirLandingPage() throws Exception {
    mvc.perform(get("/").with(user("prosecutor").password(PASSWORD)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/alerts"));
    mvc.perform(get("/").with(user("officer").password(PASSWORD)))
        .andExpect(redirectedUrl("/custody/board"));
  }

  @Test
  void reloadingTheConfirmationNeverLodgesTwiceAndShowsTheSecretOnlyOnce() throws Exception {
    var narrative = "Beaten in the corridor " + word();
    var session = new MockHttpSession();
    var lodged =
        mvc.perform(form(narrative).session(session).header("Accept-Language", "en"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/complaints/lodged"))
            .andReturn();
    var flash = lodged.getFlashMap();
    var reference = (String) flash.get("reference");
    var secret = (String) flash.get("secret");
    assertThat(lodged.getResponse().getRedirectedUrl()).doesNotContain(secret);
    assertThat(stored(narrative)).isEqualTo(1);

    // The browser follows the redirect in the same session, which holds the flash attributes.
    mvc.perform(get("/complaints/lodged").session(session).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().string(containsString(reference)))
        .andExpect(content().string(containsString("id=\"secret\">" + secret + "<")));
    // The reload: the reference again, the secret never again, nothing lodged again.
    for (int i = 0; i < 2; i++) {
      mvc.perform(get("/complaints/lodged").session(session).header("Accept-Language", "ru"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(reference)))
          .andExpect(content().string(not(containsString(secret))))
          .andExpect(content().string(containsString("Секретный код был показан один раз")));
    }
    assertThat(stored(narrative)).isEqualTo(1);
    // With nothing lodged in this session, the confirmation sends back to the form.
    mvc.perform(get("/complaints/lodged")).andExpect(redirectedUrl("/complaints/new"));
  }

  @Test
  void statusLookUpsNeverSpendTheQuotaForLodging() throws Exception {
    var c = lodge(mvc, jdbc, "followed often " + word());
    limits.limit(Door.LODGE, 2, 1000);
    var address = from("10.66.0.1");
    for (int i = 0; i < 6; i++) {
      mvc.perform(statusLookUp(c[1], c[2]).with(address)).andExpect(status().isOk());
    }
    for (int i = 0; i < 2; i++) {
      mvc.perform(form("lodged after look-ups " + word()).with(address))
          .andExpect(status().is3xxRedirection());
    }
    // The third lodging in the hour waits: the page says how many minutes, the form is kept.
    var narrative = "kept while waiting " + word();
    mvc.perform(form(narrative).with(address).header("Accept-Language", "en"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", secondsUpTo(3600 / 2)))
        .andExpect(content().string(containsString("id=\"too-many\"")))
        .andExpect(content().string(containsString("please send it again in 30 min.")))
        .andExpect(content().string(containsString(narrative)))
        .andExpect(content().string(containsString("id=\"public-nav\"")));
    assertThat(stored(narrative)).isZero();
    // Looking up still works from the same address.
    mvc.perform(statusLookUp(c[1], c[2]).with(address)).andExpect(status().isOk());
  }

  @Test
  void tooManyLookUpsAreToldWhenToTryAgainInTheirLanguage() throws Exception {
    var c = lodge(mvc, jdbc, "looked up too often " + word());
    limits.limit(Door.STATUS, 3, 1000);
    var address = from("10.66.1.1");
    for (int i = 0; i < 3; i++) {
      mvc.perform(statusLookUp(c[1], c[2]).with(address)).andExpect(status().isOk());
    }
    mvc.perform(statusLookUp(c[1], c[2], "ru").with(address))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", secondsUpTo(3600 / 3)))
        .andExpect(content().string(containsString("Попробуйте снова через 20 мин.")));
    mvc.perform(
            get("/api/v1/complaints/status/" + c[1])
                .with(address)
                .header("Complaint-Secret", c[2])
                .header("Accept-Language", "en"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    // Lodging from that address is still open.
    mvc.perform(form("lodged after too many look-ups " + word()).with(address))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void theFormShowsEveryErrorAtOnceBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
    var place = "Corridor of the second floor " + word();
    var before = rows(jdbc);
    mvc.perform(
            multipart("/complaints/new")
                .with(fromFreshAddress())
                .param("complainantName", "Ерлан")
                .param("contactPreference", "PHONE")
                .param("narrative", "")
                .param("place", place)
                .param("incidentDate", "yesterday")
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"error-summary\"")))
        .andExpect(content().string(containsString("id=\"error-complainantRole\"")))
        .andExpect(content().string(containsString("id=\"error-narrative\"")))
        .andExpect(content().string(containsString("id=\"error-incidentDate\"")))
        .andExpect(content().string(containsString("id=\"error-stillHeld\"")))
        .andExpect(content().string(containsString("id=\"error-contact\"")))
        .andExpect(content().string(containsString("href=\"#narrative\"")))
        .andExpect(content().string(containsString("Is the person still held? — is required")))
        .andExpect(content().string(containsString(place)))
        .andExpect(content().string(containsString("novalidate")));
    assertThat(rows(jdbc)).as("nothing half-stored").isEqualTo(before);
  }

  @Test
  void aMissingStillHeldIsRequiredNotAWrongType() throws Exception {
    var body = intake("no still held " + word()).replace(",\"stillHeld\":true", "");
    assertThat(body).doesNotContain("stillHeld");
    mvc.perform(lodgeJson(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'stillHeld')].code").value("field.NotNull"))
        .andExpect(jsonPath("$.errors[?(@.field == 'stillHeld')].message").value("is required"));
    mvc.perform(lodgeJson(body.replace("\"narrative\"", "\"stillHeld\":null,\"narrative\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'stillHeld')].code").value("field.NotNull"));
  }

  @Test
  void theRecommendationsApiAnswersThePublicWithWhatThePortalShows() throws Exception {
    var monitor =
        mvc.perform(get("/api/v1/recommendations").with(user("monitor").password(PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var open =
        mvc.perform(get("/api/v1/recommendations").param("size", "200"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int total = JsonPath.read(open, "$.total");
    assertThat(total).isEqualTo((int) JsonPath.read(monitor, "$.total"));
    List<Object> findings = JsonPath.read(open, "$.items[*].findingId");
    assertThat(findings).allMatch(f -> f == null);
    // An officer, who does not follow recommendations, reads the same public list.
    mvc.perform(get("/api/v1/recommendations").with(user("officer").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(total));
  }

  /** A whole number of seconds a little under {@code max} (the clock moves while the test runs). */
  private static org.hamcrest.Matcher<String> secondsUpTo(int max) {
    return new org.hamcrest.CustomMatcher<String>(
        "whole seconds in (" + (max - 60) + ", " + max + "]") {
      @Override
      public boolean matches(Object actual) {
        if (!(actual instanceof String text) || !text.matches("\\d+")) {
          return false;
        }
        int n = Integer.parseInt(text);
        return n > max - 60 && n <= max;
      }
    };
  }

  private long stored(String narrative) {
    return jdbc.sql("select count(*) from complaint where narrative = ?")
        .param(narrative)
        .query(Long.class)
        .single();
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      statusLookUp(String reference, String secret) {
    return statusLookUp(reference, secret, "en");
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      statusLookUp(String reference, String secret, String language) {
    return post("/complaints/status")
        .with(csrf())
        .param("reference", reference)
        .param("secret", secret)
        .header("Accept-Language", language);
  }

  private static MockMultipartHttpServletRequestBuilder form(String narrative) {
    var b = multipart("/complaints/new");
    b.with(fromFreshAddress());
    b.param("complainantRole", "VICTIM")
        .param("contactPreference", "NONE")
        .param("narrative", narrative)
        .param("facilityId", "kz-ast-tdf1")
        .param("stillHeld", "false");
    return b;
  }
}
