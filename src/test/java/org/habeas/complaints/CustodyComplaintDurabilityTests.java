package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An acknowledged allegation never loses its complaint, whatever makes raising it fail: the failure
 * is made here by a database constraint that refuses the complaint row (any failure of the raise,
 * not only a NUL), on H2 and PostgreSQL alike. Before, the failure was one WARN line and the
 * complaint was gone.
 */
@IntegrationTest
class CustodyComplaintDurabilityTests {

  private static final String PASSWORD = "habeas-demo";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired CustodyComplaints custodyComplaints;
  @Autowired org.habeas.ledger.MerkleLog ledger;
  @Autowired org.habeas.ledger.store.Integrator integrator;

  private String ago(long minutes) {
    return clock.instant().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS) + "";
  }

  private static MockHttpServletRequestBuilder postJson(String path, String body) {
    return post(path)
        .with(httpBasic("officer", PASSWORD))
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private String openRecord() throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "/api/v1/custody-records",
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
                     "person":{"name":"Дәурен Сапаров","birthDate":"1988-06-01","citizenship":"KZ","language":"kk"},
                     "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
                    """
                        .formatted(ago(120))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private MockHttpServletRequestBuilder allegation(String record, String description) {
    return postJson(
        "/api/v1/custody-records/" + record + "/events",
        """
        {"type":"AllegationMade","occurredAt":"%s","against":"arresting officers",
         "description":"%s"}"""
            .formatted(ago(30), description));
  }

  private long count(String sql, Object... params) {
    var q = jdbc.sql(sql);
    for (var p : params) {
      q = q.param(p);
    }
    return q.query(Long.class).single();
  }

  /** Refuses, for the duration of {@code action}, every row of {@code table} matching a marker. */
  private void refusing(String table, String condition, ThrowingAction action) throws Exception {
    var name = "test_refuse_" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("alter table " + table + " add constraint " + name + " check (" + condition + ")")
        .update();
    try {
      action.run();
    } finally {
      jdbc.sql("alter table " + table + " drop constraint " + name).update();
    }
  }

  interface ThrowingAction {
    void run() throws Exception;
  }

  @Test
  void aFailedRaiseIsKeptPendingWithTheEventAndRaisedByTheRetry() throws Exception {
    var record = openRecord();
    var marker = "durable" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    refusing(
        "complaint",
        "narrative not like '%" + marker + "%'",
        () ->
            mvc.perform(allegation(record, "kicked in the van " + marker))
                .andExpect(status().isCreated()));

    // The custody event is acknowledged and stored; its complaint is not, but it is promised.
    assertThat(count("select count(*) from custody_event where record_id = ?", record))
        .isEqualTo(2);
    assertThat(count("select count(*) from complaint where custody_record_id = ?", record))
        .isZero();
    assertThat(
            count(
                "select count(*) from complaint_raise_pending where record_id = ? and seq = 2",
                record))
        .isEqualTo(1);
    assertThat(custodyComplaints.pending()).isPositive();
    // Not silent: those who handle complaints see it waiting.
    mvc.perform(
            get("/complaints")
                .with(user("monitor").password(PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"awaiting-raise\"")));

    // The retry raises it, once.
    assertThat(custodyComplaints.retryPending()).isPositive();
    custodyComplaints.retryPending();
    assertThat(
            jdbc.sql(
                    "select narrative from complaint where custody_record_id = ? and custody_seq = 2")
                .param(record)
                .query(String.class)
                .list())
        .containsExactly("kicked in the van " + marker);
    assertThat(
            count(
                "select count(*) from complaint_raise_pending p where p.record_id = ? and not exists"
                    + " (select 1 from complaint c where c.custody_record_id = p.record_id"
                    + " and c.custody_seq = p.seq)",
                record))
        .as("the promise is kept")
        .isZero();
  }

  @Test
  void whenNeitherTheComplaintNorItsPromiseCanBeWrittenNothingIsAcknowledged() throws Exception {
    var record = openRecord();
    var marker = "whole" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    refusing(
        "complaint",
        "narrative not like '%" + marker + "%'",
        () ->
            refusing(
                "complaint_raise_pending",
                "record_id <> '" + record + "'",
                () -> {
                  int answer;
                  try {
                    answer =
                        mvc.perform(allegation(record, "beaten at the desk " + marker))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                  } catch (jakarta.servlet.ServletException e) {
                    answer = 500; // the failure reached the container: nothing acknowledged
                  }
                  assertThat(answer).as("not acknowledged").isNotEqualTo(201);
                }));
    assertThat(count("select count(*) from custody_event where record_id = ?", record))
        .as("the custody write failed whole")
        .isEqualTo(1);
    assertThat(count("select count(*) from complaint where custody_record_id = ?", record))
        .isZero();
  }

  @Test
  void aPromiseForARecordLawfullyErasedSinceIsVoidNotPendingForever() throws Exception {
    var record = openRecord();
    var marker = "erased" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    refusing(
        "complaint",
        "narrative not like '%" + marker + "%'",
        () ->
            mvc.perform(allegation(record, "struck in the cell " + marker))
                .andExpect(status().isCreated()));
    long before = custodyComplaints.pending();
    integrator.integrateNow(); // a record is erased once its events are in the log
    ledger.erase(
        new org.habeas.ledger.ErasureDecision(
            record, "Court order 2-118/2026: retention period ended", "admin", clock.instant()));

    custodyComplaints.retryPending();
    assertThat(count("select count(*) from complaint where custody_record_id = ?", record))
        .as("nothing of an erased record is raised")
        .isZero();
    assertThat(
            count(
                "select count(*) from complaint_raise_pending where record_id = ? and state = 'void'",
                record))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from complaint_raise_pending p where p.record_id = ?"
                    + " and p.state = 'promised' and not exists (select 1 from"
                    + " complaint_raise_pending v where v.record_id = p.record_id"
                    + " and v.seq = p.seq and v.state = 'void')",
                record))
        .as("no longer waiting")
        .isZero();
    assertThat(custodyComplaints.pending()).isLessThan(before);
  }
}
