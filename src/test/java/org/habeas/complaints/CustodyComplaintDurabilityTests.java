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
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.system.PublicationResubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An acknowledged allegation never loses its complaint, whatever makes raising it fail: the failure
 * is made here by a database constraint that refuses the complaint row (any failure of the raise,
 * not only a NUL), on H2 and PostgreSQL alike. The complaint is raised after the custody write
 * commits, from the row of Spring Modulith's event publication registry written in that write's
 * transaction: a failed raise leaves the row, and its resubmission raises the complaint.
 */
@IntegrationTest
class CustodyComplaintDurabilityTests {

  private static final String PASSWORD = "habeas-demo";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired CustodyComplaints custodyComplaints;
  @Autowired PublicationResubmission resubmission;
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

  /** The complaint listener's publications of the record still in the registry. */
  private long publications(String record) {
    return count(
        "select count(*) from event_publication where listener_id = ? and serialized_event like ?",
        CustodyComplaints.LISTENER,
        "%" + record + "%");
  }

  @Test
  void aFailedRaiseStaysInTheRegistryAndItsResubmissionRaisesIt() throws Exception {
    var record = openRecord();
    var marker = "durable" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    refusing(
        "complaint",
        "narrative not like '%" + marker + "%'",
        () -> {
          mvc.perform(allegation(record, "kicked in the van " + marker))
              .andExpect(status().isCreated());
          Publications.awaitCompleted(jdbc); // the raise runs, and fails, after the commit
        });

    // The custody event is acknowledged and stored; its complaint is not, but its publication
    // stays, failed, in the registry.
    assertThat(count("select count(*) from custody_event where record_id = ?", record))
        .isEqualTo(2);
    assertThat(count("select count(*) from complaint where custody_record_id = ?", record))
        .isZero();
    assertThat(
            count(
                "select count(*) from event_publication where listener_id = ?"
                    + " and serialized_event like ? and status = 'FAILED'"
                    + " and completion_date is null",
                CustodyComplaints.LISTENER,
                "%" + record + "%"))
        .isEqualTo(1);
    // Nothing personal is kept in the registry: the event's identifying fields only.
    assertThat(
            jdbc.sql(
                    "select serialized_event from event_publication where listener_id = ?"
                        + " and serialized_event like ?")
                .params(CustodyComplaints.LISTENER, "%" + record + "%")
                .query(String.class)
                .single())
        .contains(record, "\"seq\":2", "AllegationMade")
        .doesNotContain("Дәурен", "Сапаров", "kicked", marker, "arresting officers", "Theft");
    assertThat(custodyComplaints.pending()).isPositive();
    // Not silent: those who handle complaints see it waiting.
    mvc.perform(
            get("/complaints")
                .with(user("monitor").password(PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"awaiting-raise\"")));

    // The resubmission raises it, once.
    resubmission.resubmit(Duration.ZERO);
    Publications.awaitCompleted(jdbc);
    resubmission.resubmit(Duration.ZERO);
    Publications.awaitCompleted(jdbc);
    assertThat(
            jdbc.sql(
                    "select narrative from complaint where custody_record_id = ? and custody_seq = 2")
                .param(record)
                .query(String.class)
                .list())
        .containsExactly("kicked in the van " + marker);
    assertThat(publications(record)).as("the publication is completed").isZero();
  }

  @Test
  void whenNeitherTheComplaintNorItsPublicationCanBeWrittenNothingIsAcknowledged()
      throws Exception {
    var record = openRecord();
    Publications.awaitCompleted(jdbc);
    var marker = "whole" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    refusing(
        "complaint",
        "narrative not like '%" + marker + "%'",
        () ->
            refusing(
                "event_publication",
                "listener_id <> '"
                    + CustodyComplaints.LISTENER
                    + "' or serialized_event not like '%"
                    + record
                    + "%'",
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
  void aPublicationForARecordLawfullyErasedSinceCompletesWithNothingRaised() throws Exception {
    var record = openRecord();
    var marker = "erased" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    refusing(
        "complaint",
        "narrative not like '%" + marker + "%'",
        () -> {
          mvc.perform(allegation(record, "struck in the cell " + marker))
              .andExpect(status().isCreated());
          Publications.awaitCompleted(jdbc);
        });
    long before = custodyComplaints.pending();
    assertThat(publications(record)).isEqualTo(1);
    integrator.integrateNow(); // a record is erased once its events are in the log
    ledger.erase(
        new org.habeas.ledger.ErasureDecision(
            record, "Court order 2-118/2026: retention period ended", "admin", clock.instant()));

    resubmission.resubmit(Duration.ZERO);
    Publications.awaitCompleted(jdbc);
    assertThat(count("select count(*) from complaint where custody_record_id = ?", record))
        .as("nothing of an erased record is raised")
        .isZero();
    assertThat(publications(record)).as("no longer waiting").isZero();
    assertThat(custodyComplaints.pending()).isLessThan(before);
  }
}
