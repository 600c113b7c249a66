package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.habeas.IntegrationTest;
import org.habeas.ledger.store.Integrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The detained person's own copy of their custody record (issue 19, part 4; PACE Code C 2.4A): in
 * their language, one QR code per logged event, each opening the public check of that event, which
 * tells an unaltered event from one changed behind the application's back, counts what was added
 * since the copy, and says so plainly when the record was erased.
 */
@IntegrationTest
class DetaineeCopyTests {

  private static final Pattern QR_URL = Pattern.compile("data-url=\"([^\"]+)\"");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Integrator integrator;

  private static RequestPostProcessor as(String name) {
    return user(name).password(PASSWORD);
  }

  /** A record of the officer's facility, the person speaking Kazakh, with two cell visits. */
  private String loggedRecordWithTwoVisits() throws Exception {
    var id = openRecord(mvc);
    for (int minutes : List.of(40, 30)) {
      mvc.perform(postJson("officer", "/api/v1/custody-records/" + id + "/events", visit(minutes)))
          .andExpect(status().isCreated());
    }
    integrator.integrateNow();
    return id;
  }

  private static String visit(int minutesAgo) {
    return cellVisitedAt(minutesAgo(minutesAgo));
  }

  private String copy(String id, String lang) throws Exception {
    return mvc.perform(
            get("/custody/" + id + "/copy" + (lang == null ? "" : "?lang=" + lang))
                .with(as("officer")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static List<String> checks(String copy) {
    return QR_URL
        .matcher(copy)
        .results()
        .map(m -> m.group(1).replace("&amp;", "&"))
        .map(url -> url.substring(url.indexOf("/ledger/receipt")))
        .toList();
  }

  private String check(String url) throws Exception {
    return mvc.perform(get(url).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheCopyInThePersonsLanguageOrTheOneAskedWithOneQrCodePerLoggedEvent()
      throws Exception {
    var id = loggedRecordWithTwoVisits();

    var kazakh = copy(id, null);
    assertThat(kazakh)
        .contains("lang=\"kk\"", "Сіздің ұстау хаттамаңыз: өз көшірмеңіз", "Test Person");
    assertThat(checks(kazakh)).hasSize(3);
    assertThat(copy(id, "ru"))
        .contains("lang=\"ru\"", "Ваш протокол задержания: ваша собственная копия")
        .satisfies(page -> assertThat(checks(page)).hasSize(3));
    var english = copy(id, "en");
    assertThat(english)
        .contains("Your custody record: your own copy", "Scan to check event 3")
        .doesNotContain("Receipt pending");
    assertThat(checks(english)).hasSize(3);
    // Nothing personal in what the QR codes carry.
    assertThat(String.join(" ", checks(english)))
        .doesNotContain("Test", "Person", "1990", "caught");

    // The copy's language is the copy's only: the officer's pages stay in English.
    mvc.perform(get("/custody/" + id).with(as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("lang=\"en\"")))
        .andExpect(content().string(containsString("id=\"print-copy\"")));
  }

  @Test
  void aQrCodeOfTheCopyOpensTheCheckThatFindsTheEventUnaltered() throws Exception {
    var id = loggedRecordWithTwoVisits();
    var urls = checks(copy(id, "en"));

    var page = check(urls.get(1));

    assertThat(page)
        .contains("id=\"verdict-unaltered\"", "Nothing was added to the record since the copy")
        .doesNotContain("Test Person", "Sgt. Omarov", "caught in the act");
    assertThat(check(urls.get(1).replace("&n=", "&lang=ru&n="))).contains("Без изменений");
  }

  @Test
  void theCheckCountsTheEventsAddedAfterTheCopyWasPrinted() throws Exception {
    var id = loggedRecordWithTwoVisits();
    var url = checks(copy(id, "en")).getFirst();

    mvc.perform(postJson("officer", "/api/v1/custody-records/" + id + "/events", visit(20)))
        .andExpect(status().isCreated());
    integrator.integrateNow();

    assertThat(check(url)).contains("id=\"verdict-unaltered\"", "1 event added since the copy");
  }

  /**
   * A database administrator moves the time of a cell visit behind the application's back (the
   * append-only trigger out of the way, as {@code CustodyPagesTests} does); the check of the
   * printed copy says the stored event was altered. The row is put back afterwards: the other tests
   * (the verifier's among them) share this database.
   */
  @Test
  void anEventAlteredBehindTheApplicationsBackIsReportedAsAltered() throws Exception {
    var id = loggedRecordWithTwoVisits();
    var url = checks(copy(id, "en")).get(1);
    var original =
        jdbc.sql("select occurred_at from custody_event where record_id = ? and seq = 2")
            .param(id)
            .query(OffsetDateTime.class)
            .single();
    try {
      asDba(
          "update custody_event set occurred_at = ? where record_id = ? and seq = 2",
          original.minusHours(3),
          id);

      assertThat(check(url))
          .contains("id=\"verdict-altered\"", "was ALTERED after it was logged")
          .doesNotContain("id=\"verdict-unaltered\"");
    } finally {
      asDba(
          "update custody_event set occurred_at = ? where record_id = ? and seq = 2", original, id);
    }
    assertThat(check(url)).contains("id=\"verdict-unaltered\"");
  }

  /**
   * The same administrator rewrites the log's stored entry of the event instead (the leaf row, not
   * the published tiles the checkpoint signs): the check says the entry at that position was
   * altered. Put back afterwards.
   */
  @Test
  void anEntryOfTheLogAlteredBehindTheApplicationsBackIsReported() throws Exception {
    var id = loggedRecordWithTwoVisits();
    var url = checks(copy(id, "en")).get(2);
    var leaf =
        jdbc.sql("select leaf_index, leaf from ledger_leaf where record_id = ? and seq = 3")
            .param(id)
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
            .single();
    byte[] original = (byte[]) leaf[1];
    byte[] forged = original.clone();
    forged[forged.length - 1] ^= 1;
    try {
      asDba("ledger_leaf", "update ledger_leaf set leaf = ? where leaf_index = ?", forged, leaf[0]);

      assertThat(check(url))
          .contains("id=\"verdict-altered\"", "the entry stored at that position was altered");
    } finally {
      asDba(
          "ledger_leaf", "update ledger_leaf set leaf = ? where leaf_index = ?", original, leaf[0]);
    }
    assertThat(check(url)).contains("id=\"verdict-unaltered\"");
  }

  @Test
  void anErasedRecordIsSaidToBeErasedNotAltered() throws Exception {
    var id = loggedRecordWithTwoVisits();
    mvc.perform(
            postJson(
                "officer", "/api/v1/custody-records/" + id + "/events", releasedAt(minutesAgo(5))))
        .andExpect(status().isCreated());
    integrator.integrateNow();
    var url = checks(copy(id, "en")).getFirst();
    mvc.perform(
            postJson(
                "admin",
                "/api/v1/custody-records/" + id + "/erasure",
                "{\"reason\":\"court order 12/2026\"}"))
        .andExpect(status().is2xxSuccessful());

    assertThat(check(url))
        .contains("id=\"verdict-erased\"", "lawfully erased (crypto-shredded)")
        .doesNotContain("ALTERED", "id=\"verdict-altered\"");
  }

  @Test
  void onlyTheHoldingFacilitysOfficerAndThePersonsLawyerMayPrintTheCopy() throws Exception {
    var id = loggedRecordWithTwoVisits();
    var copy = "/custody/" + id + "/copy";
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"LawyerNotified","occurredAt":"%s","lawyer":"lawyer"}"""
                    .formatted(minutesAgo(25))))
        .andExpect(status().isCreated());

    mvc.perform(get(copy).with(as("lawyer"))).andExpect(status().isOk());
    mvc.perform(get(copy).with(as("officer-alm"))).andExpect(status().isNotFound());
    mvc.perform(get(copy).with(as("doctor")))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString("Test Person"))));
    mvc.perform(get(copy).with(as("monitor"))).andExpect(status().isForbidden());
    mvc.perform(get(copy)).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/custody/" + id).with(as("doctor")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"print-copy\""))));
    mvc.perform(get(copy + "?lang=xx").with(as("officer"))).andExpect(status().isBadRequest());
  }

  @Test
  void theCheckAnswersBadInputWithAClear400() throws Exception {
    var id = loggedRecordWithTwoVisits();
    var url = checks(copy(id, "en")).getFirst();
    var hash = url.replaceAll(".*&h=([^&]+).*", "$1");
    for (var bad :
        List.of(
            url.replace("&h=" + hash, "&h=" + "!".repeat(43)),
            url.replace("&h=" + hash, "&h=" + hash.substring(1)),
            url.replaceAll("&i=[0-9]+", "&i=99999999999999999999999999"),
            url.replaceAll("&s=[0-9]+", "&s=-1"),
            url.replaceAll("&t=[0-9]+", "&t=9223372036854775807"),
            url.replace("?r=" + id, "?r=" + id + "%00"),
            url.replace("?r=" + id, "?r=../../etc"),
            "/ledger/receipt")) {
      mvc.perform(get(bad).header("Accept-Language", "en")).andExpect(status().isBadRequest());
    }
    // A leaf of another record, or at another index, is not told about: nothing of the record.
    var other = loggedRecordWithTwoVisits();
    assertThat(check(url.replace("?r=" + id, "?r=" + other)))
        .contains("id=\"verdict-altered\"")
        .doesNotContain("Nothing was added", "added since");
  }

  /**
   * Runs one statement as a database administrator who bypasses custody_event's append-only
   * trigger: PostgreSQL stops firing triggers for the session, H2 drops the trigger and creates it
   * again.
   */
  private void asDba(String sql, Object... params) throws java.sql.SQLException {
    asDba("custody_event", sql, params);
  }

  /** {@link #asDba(String, Object...)} on {@code table}, whose H2 trigger is table_no_update. */
  private void asDba(String table, String sql, Object... params) throws java.sql.SQLException {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      boolean postgres = c.getMetaData().getURL().startsWith("jdbc:postgresql:");
      if (postgres) {
        s.execute("set session_replication_role = replica");
      } else {
        s.execute("drop trigger " + table + "_no_update");
      }
      try (var p = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          p.setObject(i + 1, params[i]);
        }
        p.executeUpdate();
      } finally {
        if (postgres) {
          s.execute("set session_replication_role = origin");
        } else {
          s.execute(
              "create trigger "
                  + table
                  + "_no_update before update on "
                  + table
                  + " for each row call 'org.habeas.system.AppendOnlyTrigger'");
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }
}
