package org.habeas.safeguards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.habeas.IntegrationTest;
import org.habeas.safeguards.Profiles;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.safeguards.ShippedProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The safeguards as people use them: a record's obligations through the API and on the record page,
 * and an administrator changing a profile.
 */
@IntegrationTest
class SafeguardsWebTests {

  static final String PASSWORD = "habeas-demo";
  static final String ASTANA_TDF = "kz-ast-tdf1";

  @Autowired MockMvc mvc;
  @Autowired Profiles profiles;
  @Autowired RecordSafeguards safeguards;

  @Test
  void obligationsShowWhereEachSafeguardStandsNowAndEarlier() throws Exception {
    var now = org.habeas.TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    var id = open(now.minus(Duration.ofHours(5)));
    append(id, arrived(now.minus(Duration.ofMinutes(290))));

    // The protocol was due 3 h after delivery: breached now, pending two hours after apprehension.
    mvc.perform(getAs("officer", "/api/v1/custody-records/" + id + "/obligations"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.ruleId == 'kz.detention-protocol-3h')].status").value("BREACHED"))
        .andExpect(jsonPath("$[?(@.ruleId == 'kz.detention-protocol-3h')].unconfirmed").value(true))
        .andExpect(jsonPath("$[?(@.ruleId == 'kz.detention-protocol-3h')].confidence").value("L"))
        .andExpect(
            jsonPath("$[?(@.ruleId == 'kz.detention-protocol-3h')].basis").value("CPC art. 131"))
        .andExpect(
            jsonPath("$[?(@.ruleId == 'kz.detention-protocol-3h')].title")
                .value("Detention protocol within 3 hours of delivery"))
        .andExpect(
            jsonPath("$[?(@.ruleId == 'kz.court-within-48h')].dueAt")
                .value(now.minus(Duration.ofHours(5)).plus(Duration.ofHours(48)).toString()));

    append(
        id,
        """
        {"type":"DetentionProtocolDrawnUp","occurredAt":"%s","protocolNumber":"P-1"}"""
            .formatted(now.minus(Duration.ofMinutes(60))));

    var body =
        mvc.perform(getAs("officer", "/api/v1/custody-records/" + id + "/obligations"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(
            JsonPath.<java.util.List<String>>read(
                body, "$[?(@.ruleId == 'kz.detention-protocol-3h')].status"))
        .containsExactly("LATE");
    assertThat(
            JsonPath.<java.util.List<java.util.List<Integer>>>read(
                body, "$[?(@.ruleId == 'kz.detention-protocol-3h')].seqs"))
        .containsExactly(java.util.List.of(2, 3));

    var earlier = now.minus(Duration.ofHours(3));
    mvc.perform(getAs("officer", "/api/v1/custody-records/" + id + "/obligations?at=" + earlier))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.ruleId == 'kz.detention-protocol-3h')].status").value("PENDING"));

    // Someone who may not see the record learns nothing about it; a bad instant is named.
    mvc.perform(getAs("lawyer", "/api/v1/custody-records/" + id + "/obligations"))
        .andExpect(status().isNotFound());
    mvc.perform(getAs("officer", "/api/v1/custody-records/" + id + "/obligations?at=yesterday"))
        .andExpect(status().isBadRequest());
    mvc.perform(getAs("officer", "/api/v1/custody-records/nope/obligations"))
        .andExpect(status().isNotFound());
  }

  @Test
  void theRecordPageShowsTheSafeguardsPanelAndTheLegalLimit() throws Exception {
    var now = org.habeas.TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    var id = open(now.minus(Duration.ofHours(2)));
    var html =
        mvc.perform(pageAs("officer", "/custody/" + id))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"safeguards\"")
        .contains("data-rule=\"kz.court-within-48h\"")
        .contains("data-due=\"")
        .contains("unconfirmed")
        .contains("Legal limit (Released or a court decision within 48 hours): 48 h 0 min")
        .contains(
            "data-limit=\"" + now.minus(Duration.ofHours(2)).plus(Duration.ofHours(48)) + "\"");
  }

  @Test
  void anAdministratorsNewLimitJudgesNewRecordsWhileOlderOnesKeepTheirVersion() throws Exception {
    var now = org.habeas.TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    var older = open(now.minus(Duration.ofHours(1)));
    int before = profiles.current("kz").orElseThrow().version();
    var shipped = ShippedProfiles.document("kz");
    var at = shipped.indexOf("id: kz.court-within-48h");
    var changed =
        shipped.substring(0, at)
            + shipped.substring(at).replaceFirst("limit: PT48H", "limit: PT36H");
    try {
      mvc.perform(
              post("/safeguards/profiles/kz")
                  .with(as("admin"))
                  .with(csrf())
                  .header("Accept-Language", "en")
                  .param("document", changed))
          .andExpect(status().is3xxRedirection());
      assertThat(profiles.current("kz").orElseThrow().version()).isEqualTo(before + 1);

      var newer = open(org.habeas.TestClock.now());
      assertThat(safeguards.profileOf(newer).version()).isEqualTo(before + 1);
      // The older record keeps the version in force when it was apprehended.
      assertThat(safeguards.profileOf(older).version()).isLessThanOrEqualTo(before);
      var newerDue = due(newer, "kz.court-within-48h");
      var newerStart =
          safeguards.evaluate(newer, org.habeas.TestClock.now()).of("kz.court-within-48h");
      assertThat(Duration.between(newerStart.getFirst().startedAt(), newerDue))
          .isEqualTo(Duration.ofHours(36));
      assertThat(due(older, "kz.court-within-48h"))
          .isEqualTo(now.minus(Duration.ofHours(1)).plus(Duration.ofHours(48)));

      // The admin sees the versions and what changed between them.
      mvc.perform(pageAs("admin", "/safeguards/profiles/kz?from=" + before + "&to=" + (before + 1)))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("36 h")))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("kz.court-within-48h")));
    } finally {
      // Put the law back for the other tests: a further version, the shipped text again.
      profiles.upload(
          new org.habeas.system.Actor(
              "admin", "Admin", org.habeas.system.Role.ADMIN, null, null, "en"),
          "kz",
          shipped);
    }
  }

  @Test
  void anInvalidProfileIsRefusedWithItsLineAndTheRunningVersionStays() throws Exception {
    int before = profiles.current("ew").orElseThrow().version();
    var broken = ShippedProfiles.document("ew").replaceFirst("limit: PT24H", "limit: 24 hours");
    int line = lineOf(broken, "limit: 24 hours");
    var html =
        mvc.perform(
                post("/safeguards/profiles/ew")
                    .with(as("admin"))
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("document", broken))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("line " + line + ", column").contains("limit: 24 hours");
    assertThat(profiles.current("ew").orElseThrow().version()).isEqualTo(before);

    // Through the API too: a problem naming the document, with the line.
    mvc.perform(
            post("/api/v1/safeguards/profiles/ew")
                .with(httpBasic("admin", PASSWORD))
                .header("Accept-Language", "en")
                .contentType("application/yaml")
                .content(broken))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("line " + line + ",")));
    assertThat(profiles.current("ew").orElseThrow().version()).isEqualTo(before);

    // Only administrators.
    mvc.perform(pageAs("officer", "/safeguards/profiles")).andExpect(status().isForbidden());
    mvc.perform(pageAs("admin", "/safeguards/profiles"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("/safeguards/profiles/ew")));
    mvc.perform(pageAs("admin", "/safeguards/profiles/kz"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("kz.court-within-48h")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("unconfirmed")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("<textarea")));
  }

  @Test
  void theComplianceViewSharesObligationsMetOnTimePerFacility() throws Exception {
    var now = org.habeas.TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    var id = open(now.minus(Duration.ofHours(5)));
    append(id, arrived(now.minus(Duration.ofMinutes(290))));
    var month =
        java.time.YearMonth.from(now.minus(Duration.ofHours(5)).atZone(java.time.ZoneOffset.UTC));
    mvc.perform(pageAs("monitor", "/safeguards/compliance?month=" + month))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("kz.detention-protocol-3h")));
    mvc.perform(pageAs("officer", "/safeguards/compliance")).andExpect(status().isForbidden());
  }

  private Instant due(String recordId, String ruleId) {
    return safeguards.evaluate(recordId, org.habeas.TestClock.now()).of(ruleId).getFirst().dueAt();
  }

  private static int lineOf(String text, String what) {
    var lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(what)) {
        return i + 1;
      }
    }
    throw new AssertionError(what);
  }

  private String open(Instant apprehendedAt) throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                     "person":{"name":"Test Person","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
                     "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
                    """
                        .formatted(apprehendedAt, ASTANA_TDF)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private static String arrived(Instant at) {
    return """
        {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s"}"""
        .formatted(at, ASTANA_TDF);
  }

  private void append(String id, String event) throws Exception {
    mvc.perform(postJson("officer", "/api/v1/custody-records/" + id + "/events", event))
        .andExpect(status().isCreated());
  }

  static MockHttpServletRequestBuilder postJson(String user, String path, String body) {
    return post(path)
        .with(httpBasic(user, PASSWORD))
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  static RequestPostProcessor as(String name) {
    return user(name).password(PASSWORD);
  }

  static MockHttpServletRequestBuilder pageAs(String user, String path) {
    return get(path).with(as(user)).header("Accept-Language", "en");
  }

  static MockHttpServletRequestBuilder getAs(String user, String path) {
    return get(path).with(httpBasic(user, PASSWORD)).header("Accept-Language", "en");
  }
}
