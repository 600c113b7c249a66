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
import org.habeas.Publications;
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
  @Autowired javax.sql.DataSource dataSource;

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
        .andExpect(content().string(containsString("id=\"lines\"")))
        .andExpect(content().string(not(containsString("<header"))));
    mvc.perform(get("/custody").header("HX-Request", "true").with(as("officer")))
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

  // --- issue 14, finding 3: a record missing a stored event is never shown as whole -----------

  /**
   * A database administrator deletes an injury behind the application's back (the append-only
   * trigger out of the way); the record's page and JSON then say that event is missing. The row and
   * the trigger are put back afterwards: the other tests share this database.
   */
  @Test
  void aRecordWhoseInjuryWasDeletedIsShownWithAWarning() throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;
    mvc.perform(
            postJson(
                "officer",
                record + "/events",
                """
                {"type":"InjuryRecorded","occurredAt":"%s","description":"bruise on the left eye",
                 "recordedBy":"Dr. Seitkali"}"""
                    .formatted(minutesAgo(30))))
        .andExpect(status().isCreated());
    Publications.awaitCompleted(jdbc);
    mvc.perform(postJson("officer", record + "/events", cellVisitedAt(minutesAgo(20))))
        .andExpect(status().isCreated());
    mvc.perform(get("/custody/" + id).with(as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"missing-events\""))));

    var row =
        jdbc.sql("select * from custody_event where record_id = ? and seq = 2")
            .param(id)
            .query()
            .singleRow();
    try {
      asDba("delete from custody_event where record_id = '" + id + "' and seq = 2");

      // (Russian first: a language chosen is remembered for the user, and the officer's is
      // English.)
      mvc.perform(get("/custody/" + id).with(as("officer")).param("lang", "ru"))
          .andExpect(content().string(containsString("события 2 этой записи отсутствуют")));
      mvc.perform(get("/custody/" + id).with(as("officer")).param("lang", "en"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("id=\"missing-events\"")))
          .andExpect(content().string(containsString("events 2 of this record are missing")));
      mvc.perform(getAs("officer", record))
          .andExpect(status().isOk())
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                      "$.incomplete")
                  .value(true))
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                      "$.missingEvents[0]")
                  .value(2));
    } finally {
      jdbc.sql(
              "insert into custody_event (record_id, seq, type, occurred_at, recorded_at,"
                  + " recorded_by, payload) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              row.get("record_id"),
              row.get("seq"),
              row.get("type"),
              row.get("occurred_at"),
              row.get("recorded_at"),
              row.get("recorded_by"),
              row.get("payload"))
          .update();
    }
    mvc.perform(get("/custody/" + id).with(as("officer")))
        .andExpect(content().string(not(containsString("id=\"missing-events\""))));
  }

  /**
   * Runs one statement as a database administrator who bypasses custody_event's append-only
   * trigger: PostgreSQL stops firing triggers for the session, H2 drops the trigger and creates it
   * again.
   */
  private void asDba(String sql) throws java.sql.SQLException {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      boolean postgres = c.getMetaData().getURL().startsWith("jdbc:postgresql:");
      if (postgres) {
        s.execute("set session_replication_role = replica");
        try {
          s.execute(sql);
        } finally {
          s.execute("set session_replication_role = origin");
        }
      } else {
        s.execute("drop trigger custody_event_no_delete");
        try {
          s.execute(sql);
        } finally {
          s.execute(
              "create trigger custody_event_no_delete before delete on custody_event for each row"
                  + " call 'org.habeas.system.AppendOnlyTrigger'");
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  private static String localMinutesAgo(long minutes) {
    var zone = java.time.ZoneId.of("Asia/Almaty");
    return java.time.LocalDateTime.now(org.habeas.TestClock.CLOCK.withZone(zone))
        .minusMinutes(minutes)
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
        .toString();
  }
}
