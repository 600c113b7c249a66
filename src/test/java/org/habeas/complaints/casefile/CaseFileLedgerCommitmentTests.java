package org.habeas.complaints.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.casefile.CaseFileFixtures.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.complaints.ComplaintIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every case-file write reaches the complaint's timeline (and through it the ledger) via
 * ComplaintFiles.record, with ids and kinds only. Asserts on the timeline table
 * complaint_entry(complaint_id, seq, type, actor, occurred_at, details), the same against the
 * stand-in and the real complaints core.
 */
@IntegrationTest
class CaseFileLedgerCommitmentTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ComplaintIntake complaints;

  record TimelineRow(String type, String actor, String details) {}

  private java.util.List<TimelineRow> timeline(UUID complaint) {
    return jdbc.sql(
            "select type, actor, details from complaint_entry where complaint_id = ?"
                + " and type like 'casefile.%' order by seq")
        .param(complaint.toString())
        .query((rs, i) -> new TimelineRow(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  @Test
  void everyWriteIsOnTheTimelineWithWhoDidIt() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    var act = add(mvc, "monitor", cf + "/acts", act("BEATING"));
    mvc.perform(
            postJson(
                "monitor",
                cf + "/acts/" + act + "/corrections",
                act("ELECTRIC_SHOCK").replace("}", ",\"reason\":\"clarified\"}")))
        .andExpect(status().isCreated());
    mvc.perform(
            postJson(
                "monitor", cf + "/acts/" + act + "/withdrawal", "{\"reason\":\"wrong complaint\"}"))
        .andExpect(status().isCreated());
    var rows = timeline(c);
    assertThat(rows)
        .extracting(TimelineRow::type)
        .containsExactly("casefile.ActRecorded", "casefile.ActCorrected", "casefile.ActWithdrawn");
    assertThat(rows).extracting(TimelineRow::actor).containsOnly("monitor");
    assertThat(rows).allSatisfy(r -> assertThat(r.details()).contains(act));
  }

  @Test
  void medicalContentNeverReachesTheTimeline() throws Exception {
    var c = newComplaint(complaints);
    var ip = base(c) + "/istanbul";
    var exam = add(mvc, "monitor", ip + "/examinations", "{\"examiner\":\"doctor\"}");
    var finding =
        add(
            mvc,
            "doctor",
            ip + "/findings",
            """
            {"examination":"%s","findingKind":"PSYCHOLOGICAL","summary":"Flashbacks-MARKER",
             "description":"Intrusive memories of suffocation-MARKER"}"""
                .formatted(exam));
    add(
        mvc,
        "doctor",
        ip + "/interviews",
        """
        {"examination":"%s","circumstances":"Arrest-MARKER","methods":"Bag over the head-MARKER"}"""
            .formatted(exam));
    var rows = timeline(c);
    assertThat(rows)
        .extracting(TimelineRow::type)
        .containsExactly(
            "casefile.ExaminationRecorded",
            "casefile.FindingRecorded",
            "casefile.InterviewRecorded");
    assertThat(rows.get(1).actor()).isEqualTo("doctor");
    assertThat(rows.get(1).details()).contains(finding);
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.details()).doesNotContain("MARKER", "PSYCHOLOGICAL"));
  }

  @Test
  void aRefusedWriteLeavesNoTimelineEntry() throws Exception {
    var c = newComplaint(complaints);
    mvc.perform(postJson("monitor", base(c) + "/case-file/victims", "{\"sex\":\"MALE\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(postJson("lawyer", base(c) + "/case-file/victims", VICTIM)).andExpect(refused());
    assertThat(timeline(c)).isEmpty();
    assertThat(rows(jdbc, "casefile_victim", c)).isZero();
  }
}
