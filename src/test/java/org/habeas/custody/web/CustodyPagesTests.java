package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The custody pages as people use them: board, record, forms with errors, print, languages. */
@IntegrationTest
class CustodyPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static RequestPostProcessor as(String name) {
    return user(name).password(PASSWORD);
  }

  @Test
  void sendsStrangersToSignIn() throws Exception {
    mvc.perform(get("/custody/board")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/webjars/htmx.org/")));
  }

  @Test
  void boardShowsOpenRecordsOfTheFacilityWithTheirClock() throws Exception {
    openRecord(mvc);
    mvc.perform(get("/custody/board").with(as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test Person")))
        .andExpect(content().string(containsString("data-since=")))
        .andExpect(content().string(containsString("class=\"clock")));
  }

  @Test
  void boardAnswersHtmxWithTheResultsOnly() throws Exception {
    mvc.perform(get("/custody/board").header("HX-Request", "true").with(as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"results\"")))
        .andExpect(content().string(not(containsString("<header"))));
  }

  @Test
  void impossibleEventKeepsWhatWasTypedAndNamesTheRule() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            post("/custody/" + id + "/events")
                .with(as("officer"))
                .with(csrf())
                .param("type", "Released")
                .param("occurredAt", localMinutesAgo(20))
                .param("grounds", "no grounds"))
        .andExpect(redirectedUrl("/custody/" + id));
    mvc.perform(
            post("/custody/" + id + "/events")
                .with(as("officer"))
                .with(csrf())
                .param("type", "CellVisited")
                .param("occurredAt", localMinutesAgo(5))
                .param("by", "Sgt. Typed-Value")
                .param("lang", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("value=\"Sgt. Typed-Value\"")))
        .andExpect(content().string(containsString("released")))
        .andExpect(content().string(containsString("field-error")));
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
  }

  @Test
  void missingFieldIsNamedOnTheForm() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            post("/custody/" + id + "/events")
                .with(as("officer"))
                .with(csrf())
                .param("type", "CellVisited")
                .param("occurredAt", localMinutesAgo(5)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"f-by-err\"")));
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  @Test
  void correctionReplacesTheEventAndKeepsTheOriginalVisible() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            post("/custody/" + id + "/events")
                .with(as("officer"))
                .with(csrf())
                .param("type", "DetentionProtocolDrawnUp")
                .param("occurredAt", localMinutesAgo(30))
                .param("protocolNumber", "AST-0001"))
        .andExpect(redirectedUrl("/custody/" + id));
    mvc.perform(get("/custody/" + id).param("correct", "2").with(as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"AST-0001\"")));
    mvc.perform(
            post("/custody/" + id + "/events")
                .with(as("officer"))
                .with(csrf())
                .param("type", "DetentionProtocolDrawnUp")
                .param("correctsSeq", "2")
                .param("reason", "typo in the number")
                .param("occurredAt", localMinutesAgo(30))
                .param("protocolNumber", "AST-0010"))
        .andExpect(redirectedUrl("/custody/" + id));
    mvc.perform(get("/custody/" + id).with(as("officer")))
        .andExpect(content().string(containsString("superseded")))
        .andExpect(content().string(containsString("AST-0010")));
  }

  @Test
  void printViewShowsTheWholeRecord() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(get("/custody/" + id + "/print").with(as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test Person")))
        .andExpect(content().string(containsString("print-timeline")));
  }

  @Test
  void monitorRevealsIdentityOnlyWithAReason() throws Exception {
    var id = openRecord(mvc);
    var session = new org.springframework.mock.web.MockHttpSession();
    mvc.perform(get("/custody/" + id).session(session).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Test Person"))));
    mvc.perform(
            post("/custody/" + id + "/reveal")
                .session(session)
                .with(as("monitor"))
                .with(csrf())
                .param("reason", "complaint follow-up"))
        .andExpect(redirectedUrl("/custody/" + id));
    mvc.perform(get("/custody/" + id).session(session).with(as("monitor")))
        .andExpect(content().string(containsString("Test Person")));
  }

  @Test
  void speaksKazakhAndRussian() throws Exception {
    mvc.perform(get("/login").header("Accept-Language", "kk"))
        .andExpect(content().string(containsString("lang=\"kk\"")));
    mvc.perform(get("/custody/board").param("lang", "ru").with(as("prosecutor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("lang=\"ru\"")));
  }

  @Test
  void auditPageIsForAdminsAndMonitorsOnly() throws Exception {
    mvc.perform(get("/audit").with(as("admin"))).andExpect(status().isOk());
    mvc.perform(get("/audit").with(as("officer"))).andExpect(status().isForbidden());
  }

  private static String localMinutesAgo(long minutes) {
    var zone = java.time.ZoneId.of("Asia/Almaty");
    return java.time.LocalDateTime.now(org.habeas.TestClock.CLOCK.withZone(zone))
        .minusMinutes(minutes)
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
        .toString();
  }
}
