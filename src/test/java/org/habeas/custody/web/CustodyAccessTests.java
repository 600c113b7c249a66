package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Least privilege: each role sees exactly what product.md says, and every look is logged. */
@IntegrationTest
class CustodyAccessTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void lawyerSeesOnlyRecordsOfClientsWhoAppointedThem() throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;
    mvc.perform(getAs("lawyer", record)).andExpect(status().isNotFound());
    mvc.perform(
            postJson(
                "officer",
                record + "/events",
                """
                {"type":"LawyerNotified","occurredAt":"%s","lawyer":"lawyer"}"""
                    .formatted(minutesAgo(10))))
        .andExpect(status().isCreated());
    mvc.perform(getAs("lawyer", record))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.name").value("Test Person"));
  }

  @Test
  void monitorSeesPseudonymUntilStatingAReason() throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;
    mvc.perform(getAs("monitor", record))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.name").doesNotExist())
        .andExpect(jsonPath("$.person.pseudonym").value(startsWith("D-")))
        .andExpect(jsonPath("$.events[0].person.name").value(startsWith("D-")))
        .andExpect(jsonPath("$.events[0].person.birthDate").doesNotExist());
    assertThat(reads(id, "monitor")).isZero();
    mvc.perform(getAs("monitor", record).header("X-Habeas-Reason", "visit to IVS, case 12"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.name").value("Test Person"));
    assertThat(
            jdbc.sql(
                    "select reason from personal_data_read where record_id = ? and username ="
                        + " 'monitor' and purpose = 'STATED_REASON'")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("visit to IVS, case 12");
  }

  @Test
  void everyDutyReadIsLogged() throws Exception {
    var id = openRecord(mvc);
    long before = reads(id, "officer");
    mvc.perform(getAs("officer", "/api/v1/custody-records/" + id)).andExpect(status().isOk());
    assertThat(reads(id, "officer")).isEqualTo(before + 1);
  }

  @Test
  void administratorSeesNoDetaineeData() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(getAs("admin", "/api/v1/custody-records/" + id)).andExpect(status().isNotFound());
    mvc.perform(getAs("admin", "/api/v1/custody-records"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void doctorSeesPersonAndMedicalEventsOnly() throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;
    mvc.perform(postJson("officer", record + "/events", cellVisitedAt(minutesAgo(20))))
        .andExpect(status().isCreated());
    mvc.perform(
            postJson(
                "doctor",
                record + "/events",
                """
                {"type":"MedicalExaminationCompleted","occurredAt":"%s","doctor":"Dr. Seitkali",
                 "injuriesFound":false}"""
                    .formatted(minutesAgo(10))))
        .andExpect(status().isCreated());
    mvc.perform(postJson("doctor", record + "/events", cellVisitedAt(minutesAgo(5))))
        .andExpect(status().isForbidden());
    mvc.perform(getAs("doctor", record))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.name").value("Test Person"))
        .andExpect(jsonPath("$.events.length()").value(2))
        .andExpect(jsonPath("$.events[1].type").value("MedicalExaminationCompleted"));
  }

  @Test
  void prosecutorSeesTheRegionAndOtherRegionsDoNot() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(getAs("prosecutor", "/api/v1/custody-records/" + id)).andExpect(status().isOk());
    mvc.perform(getAs("officer-ew", "/api/v1/custody-records/" + id))
        .andExpect(status().isNotFound());
  }

  @Test
  void investigatorSeesRecordsWhereTheyQuestioned() throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;
    mvc.perform(
            postJson(
                "officer",
                record + "/events",
                """
                {"type":"InterrogationStarted","occurredAt":"%s","interrogator":"investigator",
                 "lawyerPresent":false}"""
                    .formatted(minutesAgo(30))))
        .andExpect(status().isCreated());
    mvc.perform(getAs("investigator", record)).andExpect(status().isOk());
    mvc.perform(
            postJson(
                "investigator",
                record + "/events",
                """
                {"type":"InterrogationEnded","occurredAt":"%s"}"""
                    .formatted(minutesAgo(5))))
        .andExpect(status().isCreated());
  }

  private long reads(String recordId, String user) {
    return jdbc.sql("select count(*) from personal_data_read where record_id = ? and username = ?")
        .params(recordId, user)
        .query(Long.class)
        .single();
  }
}
