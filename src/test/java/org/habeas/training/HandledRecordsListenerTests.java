package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.TestClock;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CellVisited;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.custody.StoredEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training notes who handled a record from the history the event carries, and, for a publication
 * resubmitted from the registry (which carries none), from the system read of the record.
 */
@IntegrationTest
class HandledRecordsListenerTests {

  @Autowired HandledRecords handled;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void notesFromTheHistoryTheEventCarriesWithoutReadingTheRecord() {
    // A record custody does not hold: only the carried history can name anyone.
    var record = UUID.randomUUID().toString();
    var at = Instant.parse("2026-12-01T10:00:00Z");
    var history =
        List.of(
            stored(
                1,
                new Apprehended(
                    at,
                    "kz-kar-tdf1",
                    new Person("Carried Person", LocalDate.of(1990, 1, 1), null, "KZ", "kk"),
                    "caught in the act",
                    null,
                    null,
                    Jurisdiction.KZ)),
            stored(2, new CellVisited(at.plusSeconds(600), "C-77 Sergeant Carried", false)));
    handled.on(
        new CustodyEventRecorded(
            record,
            2,
            "CellVisited",
            at.plusSeconds(600),
            history.getLast(),
            CustodyRecord.replay(history),
            history));

    await().atMost(Duration.ofSeconds(30)).until(() -> rows(record).size() == 2);
    assertThat(rows(record))
        .containsExactlyInAnyOrder(
            "2 cell-visit C-77 Sergeant Carried kz-kar-tdf1",
            "2 recorder USER:officer kz-kar-tdf1");
  }

  @Test
  void aResubmittedEventWithoutTheRecordIsNotedFromTheSystemRead() throws Exception {
    var record = openRecord();
    Publications.awaitCompleted(jdbc);
    assertThat(rows(record)).containsExactly("1 recorder USER:officer kz-ast-tdf1");
    jdbc.sql("delete from training_handled where record_id = ?").param(record).update();

    var thin = new CustodyEventRecorded(record, 1, "Apprehended", TestClock.now());
    assertThat(thin.carried()).isFalse();
    handled.on(thin);

    await().atMost(Duration.ofSeconds(30)).until(() -> !rows(record).isEmpty());
    assertThat(rows(record)).containsExactly("1 recorder USER:officer kz-ast-tdf1");
  }

  private List<String> rows(String record) {
    return jdbc.sql(
            "select seq, capacity, staff_ref, facility_id from training_handled"
                + " where record_id = ? order by seq, capacity")
        .param(record)
        .query(
            (rs, i) ->
                rs.getInt(1)
                    + " "
                    + rs.getString(2)
                    + " "
                    + rs.getString(3)
                    + " "
                    + rs.getString(4))
        .list();
  }

  private static StoredEvent stored(int seq, CustodyEvent event) {
    return new StoredEvent(seq, event, event.occurredAt(), "officer", null);
  }

  private String openRecord() throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/custody-records")
                    .with(httpBasic("officer", "habeas-demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
                         "person":{"name":"Thin Person","birthDate":"1990-04-01","citizenship":"KZ"},
                         "grounds":"caught in the act","jurisdiction":"kz"}"""
                            .formatted(
                                TestClock.now()
                                    .minus(60, ChronoUnit.MINUTES)
                                    .truncatedTo(ChronoUnit.SECONDS))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }
}
