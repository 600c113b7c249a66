package org.habeas.complaints.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habeas.complaints.casefile.CaseFileFixtures.*;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.habeas.IntegrationTest;
import org.habeas.complaints.ComplaintIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The case file through the API: who did what to whom, corrections, field errors, access. */
@IntegrationTest
class CaseFileApiTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ComplaintIntake complaints;

  @Test
  void recordsWhoDidWhatToWhomAsAMatrix() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    var act = add(mvc, "monitor", cf + "/acts", act("BEATING"));
    var victim = add(mvc, "monitor", cf + "/victims", VICTIM);
    var perpetrator = add(mvc, "monitor", cf + "/perpetrators", PERPETRATOR);
    add(
        mvc,
        "monitor",
        cf + "/involvements",
        "{\"act\":\"%s\",\"victim\":\"%s\"}".formatted(act, victim));
    add(
        mvc,
        "monitor",
        cf + "/involvements",
        "{\"act\":\"%s\",\"perpetrator\":\"%s\",\"degree\":\"DIRECT\"}"
            .formatted(act, perpetrator));
    add(
        mvc,
        "monitor",
        cf + "/sources",
        "{\"sourceType\":\"LAWYER\",\"title\":\"Statement of counsel A. Nurlanova\"}");
    add(mvc, "monitor", cf + "/links", "{\"linkKind\":\"FACILITY\",\"target\":\"kz-ast-tdf1\"}");

    mvc.perform(getAs("monitor", cf))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.acts", hasSize(1)))
        .andExpect(jsonPath("$.acts[0].actType").value("BEATING"))
        .andExpect(jsonPath("$.matrix[0].act").value(act))
        .andExpect(jsonPath("$.matrix[0].victims[0]").value(victim))
        .andExpect(jsonPath("$.matrix[0].perpetrators[0].perpetrator").value(perpetrator))
        .andExpect(jsonPath("$.matrix[0].perpetrators[0].degree").value("DIRECT"))
        .andExpect(jsonPath("$.sources[0].sourceType").value("LAWYER"))
        .andExpect(jsonPath("$.links[0].target").value("kz-ast-tdf1"));
  }

  @Test
  void aCorrectionIsANewRevisionAndTheOldOneStays() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    var act = add(mvc, "monitor", cf + "/acts", act("BEATING"));
    mvc.perform(
            postJson(
                "monitor",
                cf + "/acts/" + act + "/corrections",
                """
                {"actType":"ASPHYXIATION","occurredOn":"2026-11-20","place":"Interview room 3",
                 "reason":"the complainant clarified: a plastic bag, not blows"}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.revision").value(2))
        .andExpect(jsonPath("$.id").value(act));
    mvc.perform(getAs("monitor", cf))
        .andExpect(jsonPath("$.acts", hasSize(1)))
        .andExpect(jsonPath("$.acts[0].actType").value("ASPHYXIATION"))
        .andExpect(
            jsonPath("$.acts[0].reason")
                .value("the complainant clarified: a plastic bag, not blows"));
    mvc.perform(getAs("monitor", cf + "/acts/" + act + "/history"))
        .andExpect(jsonPath("$.revisions", hasSize(2)))
        .andExpect(jsonPath("$.revisions[0].actType").value("BEATING"));
    assertThat(rows(jdbc, "casefile_act", c)).isEqualTo(2);
  }

  @Test
  void withdrawnItemsLeaveTheFileButNotTheHistory() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    var act = add(mvc, "monitor", cf + "/acts", act("THREATS"));
    var victim = add(mvc, "monitor", cf + "/victims", VICTIM);
    var inv =
        add(
            mvc,
            "monitor",
            cf + "/involvements",
            "{\"act\":\"%s\",\"victim\":\"%s\"}".formatted(act, victim));
    mvc.perform(
            postJson(
                "monitor", cf + "/victims/" + victim + "/withdrawal", "{\"reason\":\"duplicate\"}"))
        .andExpect(status().isConflict());
    mvc.perform(
            postJson(
                "monitor",
                cf + "/involvements/" + inv + "/withdrawal",
                "{\"reason\":\"recorded twice\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.withdrawn").value(true));
    mvc.perform(getAs("monitor", cf))
        .andExpect(jsonPath("$.involvements", hasSize(0)))
        .andExpect(jsonPath("$.matrix[0].victims", hasSize(0)));
    mvc.perform(
            postJson(
                "monitor", cf + "/involvements/" + inv + "/withdrawal", "{\"reason\":\"again\"}"))
        .andExpect(status().isNotFound());
    assertThat(rows(jdbc, "casefile_involvement", c)).isEqualTo(2);
  }

  @Test
  void badInputNamesEachFieldAndStoresNothing() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    mvc.perform(
            postJson(
                "monitor",
                cf + "/acts",
                """
                {"actType":"OTHER","occurredOn":"2026-11-20","occurredUntil":"2026-11-19",
                 "place":"","facility":"nowhere"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errors[?(@.field=='place')].code").value("field.NotBlank"))
        .andExpect(
            jsonPath("$.errors[?(@.field=='facility')].code")
                .value("casefile.field.unknownFacility"));
    mvc.perform(
            postJson(
                "monitor",
                cf + "/acts",
                "{\"actType\":\"OTHER\",\"occurredOn\":\"2026-11-20\",\"occurredUntil\":\"2026-11-19\",\"place\":\"cell 4\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='otherType')].code")
                .value("casefile.field.otherTypeNeeded"))
        .andExpect(
            jsonPath("$.errors[?(@.field=='occurredUntil')].message")
                .value("must not be before the start date"));
    mvc.perform(
            postJson(
                "monitor",
                cf + "/acts",
                "{\"actType\":\"KICKING\",\"occurredOn\":\"2099-01-01\",\"place\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='actType')].code").value("field.oneOf"))
        .andExpect(
            jsonPath("$.errors[?(@.field=='occurredOn')].code").value("field.PastOrPresent"));
    mvc.perform(postJson("monitor", cf + "/acts", "{\"actType\":\"BEATING\",\"colour\":\"red\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("colour"));
    mvc.perform(
            postJson(
                "monitor",
                cf + "/involvements",
                "{\"act\":\"" + java.util.UUID.randomUUID() + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("act"));
    // A control character (NUL: PostgreSQL cannot store it) is named by its field.
    mvc.perform(
            postJson(
                "monitor",
                cf + "/acts",
                "{\"actType\":\"BEATING\",\"occurredOn\":\"2026-11-20\",\"place\":\"cell\\u0000 4\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='place')].code").value("field.controlCharacter"));
    assertThat(rows(jdbc, "casefile_act", c)).isZero();
    assertThat(rows(jdbc, "casefile_involvement", c)).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from complaint_entry where complaint_id = ?"
                        + " and type like 'casefile.%'")
                .param(c.toString())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyHandlersChangeTheCaseFile() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    mvc.perform(postJson("lawyer", cf + "/acts", act("BEATING"))).andExpect(refused());
    mvc.perform(postJson("prosecutor", cf + "/acts", act("BEATING"))).andExpect(refused());
    mvc.perform(postJson("doctor", cf + "/acts", act("BEATING"))).andExpect(refused());
    mvc.perform(postJson("officer", cf + "/acts", act("BEATING"))).andExpect(status().isNotFound());
    mvc.perform(getAs("officer", cf)).andExpect(status().isNotFound());
    assertThat(rows(jdbc, "casefile_act", c)).isZero();
  }

  @Test
  void readingNamedPersonsIsLogged() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    mvc.perform(getAs("monitor", cf)).andExpect(status().isOk());
    assertThat(reads(jdbc, c, "monitor")).isZero();
    add(mvc, "monitor", cf + "/victims", VICTIM);
    mvc.perform(getAs("monitor", cf))
        .andExpect(jsonPath("$.victims[0].name").value("Serik Abenov"));
    assertThat(reads(jdbc, c, "monitor")).isEqualTo(1);
  }

  @Test
  void aReplayedWriteStoresNothingTwice() throws Exception {
    var c = newComplaint(complaints);
    var path = base(c) + "/case-file/acts";
    var first =
        mvc.perform(postJson("monitor", path, act("BEATING")).header("Idempotency-Key", "cf-" + c))
            .andExpect(status().isCreated())
            .andReturn();
    mvc.perform(postJson("monitor", path, act("BEATING")).header("Idempotency-Key", "cf-" + c))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", first.getResponse().getHeader("Location")));
    mvc.perform(postJson("monitor", path, act("THREATS")).header("Idempotency-Key", "cf-" + c))
        .andExpect(status().isUnprocessableContent());
    assertThat(rows(jdbc, "casefile_act", c)).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesToRewriteTheCaseFile() throws Exception {
    var c = newComplaint(complaints);
    add(mvc, "monitor", base(c) + "/case-file/acts", act("BEATING"));
    assertThatThrownBy(
            () ->
                jdbc.sql("update casefile_act set place = 'elsewhere' where complaint_id = ?")
                    .param(c.toString())
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from casefile_act where complaint_id = ?")
                    .param(c.toString())
                    .update())
        .hasMessageContaining("append-only");
  }
}
