package org.habeas.safeguards.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.safeguards.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The prosecutor's inbox: filtered by facility, rule, status and due, one group per record with the
 * worst first, paged, and acknowledged in bulk with one note, all or nothing. Each test raises its
 * alerts at a facility of its own, so the demo data's alerts do not enter its filters.
 */
@IntegrationTest
class AlertInboxTests {

  private static final String LOCALE = "org.habeas.system.web.UserLocaleResolver.locale";
  private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");

  @Autowired MockMvc mvc;
  @Autowired Alerts alerts;
  @Autowired AlertInbox inbox;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private final String facility = "test-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void filtersByRuleStatusAndDueInTheFacilitysDay() throws Exception {
    var now = clock.instant();
    var record = record();
    long overdue = raise(record, "a", AlertKind.BREACHED, now.minus(Duration.ofHours(1)), "ast");
    long today = raise(record, "b", AlertKind.APPROACHING, endOfToday().minusSeconds(60), "ast");
    long later = raise(record, "c", AlertKind.APPROACHING, now.plus(Duration.ofDays(2)), "ast");

    assertThat(ids("due=overdue")).containsExactly(overdue);
    assertThat(ids("due=today")).containsExactly(today);
    assertThat(ids("due=later")).containsExactly(later);
    assertThat(ids("rule=" + rule("b"))).containsExactly(today);
    assertThat(ids("status=acknowledged")).isEmpty();
    assertThat(ids("")).containsExactlyInAnyOrder(overdue, today, later);
    mvc.perform(api("/api/v1/alerts?due=tomorrow")).andExpect(status().isBadRequest());
  }

  @Test
  void groupsOneRecordsAlertsTogetherWorstFirst() throws Exception {
    var now = clock.instant();
    var warned = record();
    var breached = record();
    raise(warned, "a", AlertKind.APPROACHING, now.plus(Duration.ofHours(3)), "ast");
    long soon = raise(breached, "a", AlertKind.APPROACHING, now.plus(Duration.ofHours(1)), "ast");
    long passed = raise(breached, "b", AlertKind.BREACHED, now.minus(Duration.ofHours(2)), "ast");

    var groups = inbox.groups(prosecutor(), filter(), 0, 20);

    assertThat(groups).extracting(AlertGroup::recordId).containsExactly(breached, warned);
    assertThat(groups.getFirst().alerts()).extracting(Alert::id).containsExactly(passed, soon);
    assertThat(inbox.groupCount(prosecutor(), filter())).isEqualTo(2);
  }

  @Test
  void pagesTwentyRecordsAtATimeKeepingTheFilter() throws Exception {
    var due = clock.instant().plus(Duration.ofDays(1));
    for (int i = 0; i < 23; i++) {
      raise(record(), "a", AlertKind.APPROACHING, due, "ast");
    }
    assertThat(inbox.groups(prosecutor(), filter(), 20, 20)).hasSize(3);
    mvc.perform(page("/alerts?facility=" + facility + "&page=1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("23 alerts on 23 records")))
        .andExpect(content().string(containsString("Page 2 of 2")))
        .andExpect(
            content().string(containsString("/alerts?status=open&amp;facility=" + facility)));
  }

  @Test
  void acknowledgesTheSelectedAlertsWithOneNote() throws Exception {
    var record = record();
    var due = clock.instant().plus(Duration.ofHours(2));
    long one = raise(record, "a", AlertKind.APPROACHING, due, "ast");
    long two = raise(record, "b", AlertKind.APPROACHING, due, "ast");

    mvc.perform(
            bulk("Court informed; hearing booked", one, two)
                .param("facility", facility)
                .sessionAttr(LOCALE, Locale.forLanguageTag("ru")))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/alerts?status=open&facility=" + facility))
        .andExpect(flash().attribute("acknowledged", "Принято 2 оповещения с вашей заметкой."));

    for (long id : List.of(one, two)) {
      assertThat(alerts.get(id).orElseThrow().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
      assertThat(alerts.history(id))
          .extracting(Alerts.Change::status, Alerts.Change::by, Alerts.Change::note)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(AlertStatus.OPEN, null, null),
              org.assertj.core.groups.Tuple.tuple(
                  AlertStatus.ACKNOWLEDGED, "prosecutor", "Court informed; hearing booked"));
    }
  }

  @Test
  void anAlertOfAnotherRegionRefusesTheWholeBulk() throws Exception {
    var due = clock.instant().plus(Duration.ofHours(2));
    long own = raise(record(), "a", AlertKind.APPROACHING, due, "ast");
    long foreign = raise(record(), "a", AlertKind.APPROACHING, due, "alm");

    mvc.perform(bulk("Seen", own, foreign))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("not addressed to you")));
    mvc.perform(
            AlertFixtures.postJson(
                "prosecutor",
                "/api/v1/alerts/acknowledge",
                "{\"ids\":[" + own + "," + foreign + "],\"note\":\"Seen\"}"))
        .andExpect(status().isNotFound());

    assertThat(alerts.get(own).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
    assertThat(alerts.history(own)).hasSize(1);
    assertThat(alerts.get(foreign).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void anEmptySelectionAndAMissingNoteAreBothReported() throws Exception {
    long id = raise(record(), "a", AlertKind.BREACHED, clock.instant(), "ast");

    mvc.perform(bulk("  "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"ids-error\"")))
        .andExpect(content().string(containsString("id=\"note-error\"")));
    mvc.perform(bulk("", id).param("facility", facility))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(not(containsString("id=\"ids-error\""))))
        .andExpect(content().string(containsString("id=\"note-error\"")))
        .andExpect(content().string(containsString("aria-label=\"Rule a\" checked=\"checked\"")));
    mvc.perform(AlertFixtures.postJson("prosecutor", "/api/v1/alerts/acknowledge", "{\"ids\":[]}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("ids", "note")));
    assertThat(alerts.get(id).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void officersMayNotAcknowledgeInBulk() throws Exception {
    long id = raise(record(), "a", AlertKind.BREACHED, clock.instant(), "ast");
    mvc.perform(
            AlertFixtures.postJson(
                "officer", "/api/v1/alerts/acknowledge", "{\"ids\":[" + id + "],\"note\":\"x\"}"))
        .andExpect(status().isForbidden());
    assertThat(alerts.get(id).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
  }

  /** The test's alerts leave the open inbox, so that the demo's inbox shows none of them. */
  @org.junit.jupiter.api.AfterEach
  void resolveWhatWasRaised() {
    var monitor =
        new org.habeas.system.Actor(
            "monitor", "Monitor", org.habeas.system.Role.MONITOR, null, null, "en");
    jdbc.sql("select id from alert where facility_id = ? and status <> 'RESOLVED'")
        .param(facility)
        .query(Long.class)
        .list()
        .forEach(id -> alerts.resolve(monitor, id, "test over"));
  }

  // fixtures

  private String record() {
    return UUID.randomUUID().toString();
  }

  private String rule(String name) {
    return facility + "." + name;
  }

  private AlertFilter filter() {
    return new AlertFilter(null, facility, null, null);
  }

  private Instant endOfToday() {
    var now = clock.instant();
    return now.atZone(ASTANA).toLocalDate().plusDays(1).atStartOfDay(ASTANA).toInstant();
  }

  private long raise(String record, String rule, AlertKind kind, Instant due, String region) {
    var title = new LocalizedText("Ереже " + rule, "Правило " + rule, "Rule " + rule);
    var alert =
        new Alert(
            0,
            record,
            "D-" + record.substring(0, 6),
            rule(rule),
            kind,
            title,
            "CPC art. 131",
            due.minus(Duration.ofHours(48)),
            due,
            facility,
            region,
            ASTANA,
            clock.instant(),
            AlertStatus.OPEN);
    return alerts.raise(UUID.randomUUID().toString(), alert).orElseThrow();
  }

  private List<Long> ids(String query) throws Exception {
    var body =
        mvc.perform(api("/api/v1/alerts?size=200&facility=" + facility + "&" + query))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<Number> ids = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].id");
    return ids.stream().map(Number::longValue).toList();
  }

  private org.habeas.system.Actor prosecutor() {
    return new org.habeas.system.Actor(
        "prosecutor", "Prosecutor", org.habeas.system.Role.PROSECUTOR, null, "ast", "en");
  }

  private static MockHttpServletRequestBuilder api(String path) {
    return AlertFixtures.getAs("prosecutor", path);
  }

  private static MockHttpServletRequestBuilder page(String path) {
    return get(path)
        .with(user("prosecutor").password(AlertFixtures.PASSWORD))
        .sessionAttr(LOCALE, Locale.ENGLISH);
  }

  private static MockHttpServletRequestBuilder bulk(String note, long... ids) {
    var request =
        post("/alerts/acknowledge")
            .with(user("prosecutor").password(AlertFixtures.PASSWORD))
            .with(csrf())
            .sessionAttr(LOCALE, Locale.ENGLISH)
            .param("note", note);
    for (long id : ids) {
      request.param("ids", String.valueOf(id));
    }
    return request;
  }
}
