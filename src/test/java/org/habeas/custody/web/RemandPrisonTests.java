package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.habeas.IntegrationTest;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, item 4, through the API and the pages: the remand prison a person is handed over to
 * records their arrival and continues the same record; its board, its doctor's list, the record
 * page and the API show the remand phase; the sending police facility only reads.
 */
@IntegrationTest
class RemandPrisonTests {

  private static final String SIZO = "kz-ast-sizo1";
  private static final String PRISON_OFFICER = "officer-ast-sizo1";

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** A page as the signed-in user sees it (pages use the session, not HTTP Basic). */
  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder page(
      String user, String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
        .with(
            org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(user)
                .password(PASSWORD))
        .header("Accept-Language", "en");
  }

  private String post(String user, String id, String json) throws Exception {
    return mvc.perform(postJson(user, "/api/v1/custody-records/" + id + "/events", json))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** A record of the Astana facility, remanded and handed over to the remand prison. */
  private String handedOver(String name) throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                     "person":{"name":"%s","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
                     "grounds":"caught in the act","jurisdiction":"kz"}"""
                        .formatted(minutesAgo(3000), ASTANA_TDF, name)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    for (var json :
        new String[] {
          """
          {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s"}"""
              .formatted(minutesAgo(2990), ASTANA_TDF),
          """
          {"type":"RemandOrdered","occurredAt":"%s","court":"Astana investigating court"}"""
              .formatted(minutesAgo(1500)),
          """
          {"type":"Transferred","occurredAt":"%s","toFacilityId":"%s"}"""
              .formatted(minutesAgo(1400), SIZO)
        }) {
      mvc.perform(postJson("officer", "/api/v1/custody-records/" + id + "/events", json))
          .andExpect(status().isCreated());
    }
    return id;
  }

  private static String arrivalAtSizo(long minutesAgo) {
    return """
        {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s","cell":"2-14"}"""
        .formatted(minutesAgo(minutesAgo), SIZO);
  }

  @Test
  void theRemandPrisonContinuesTheRecordAndTheApiGivesThePhase() throws Exception {
    var id = handedOver("Remand Apitest");
    mvc.perform(getAs(PRISON_OFFICER, "/api/v1/custody-records/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("closed"))
        .andExpect(jsonPath("$.phase").value("police"));

    var arrival =
        mvc.perform(
                postJson(
                    PRISON_OFFICER,
                    "/api/v1/custody-records/" + id + "/events",
                    arrivalAtSizo(1300)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String arrivedAt = JsonPath.read(arrival, "$.occurredAt");

    mvc.perform(getAs(PRISON_OFFICER, "/api/v1/custody-records/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("remanded"))
        .andExpect(jsonPath("$.phase").value("remand"))
        .andExpect(jsonPath("$.remandArrivedAt").value(arrivedAt))
        .andExpect(jsonPath("$.closedAt").isNotEmpty())
        .andExpect(jsonPath("$.events[0].phase").value("police"))
        .andExpect(jsonPath("$.events[4].phase").value("remand"));
    // Weeks later, in the same record.
    mvc.perform(
            postJson(
                PRISON_OFFICER,
                "/api/v1/custody-records/" + id + "/events",
                cellVisitedAt(minutesAgo(30))))
        .andExpect(status().isCreated());
    mvc.perform(getAs(PRISON_OFFICER, "/api/v1/custody-records?status=remanded&size=100"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(id)));
    mvc.perform(getAs(PRISON_OFFICER, "/api/v1/custody-records?status=open&size=100"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(id)));
    mvc.perform(getAs(PRISON_OFFICER, "/api/v1/custody-records/" + id + "/obligations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].ruleId", hasItem("kz.remand.medical-on-admission")));
  }

  @Test
  void anAllegationMadeOnRemandRaisesTheUrgentComplaintOfSomeoneStillHeld() throws Exception {
    var id = handedOver("Remand Allegation");
    mvc.perform(
            postJson(
                PRISON_OFFICER, "/api/v1/custody-records/" + id + "/events", arrivalAtSizo(1300)))
        .andExpect(status().isCreated());

    mvc.perform(
            postJson(
                PRISON_OFFICER,
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"AllegationMade","occurredAt":"%s","against":"officers of the TDF",
                 "description":"beaten before the hand-over"}"""
                    .formatted(minutesAgo(60))))
        .andExpect(status().isCreated());

    // Held on remand is still held: the complaint is urgent (issue 16).
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("select count(*) from complaint where custody_record_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                    > 0);
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select still_held from complaint where custody_record_id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void theSendingFacilityReadsButNoLongerWrites() throws Exception {
    var id = handedOver("Remand Readonly");
    mvc.perform(
            postJson(
                PRISON_OFFICER, "/api/v1/custody-records/" + id + "/events", arrivalAtSizo(1300)))
        .andExpect(status().isCreated());

    mvc.perform(getAs("officer", "/api/v1/custody-records/" + id)).andExpect(status().isOk());
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                cellVisitedAt(minutesAgo(20))))
        .andExpect(status().isForbidden());
  }

  @Test
  void anotherFacilityCannotReceiveAHandedOverRecord() throws Exception {
    var id = handedOver("Remand Otherplace");

    mvc.perform(
            postJson(
                "officer-ast-pd1",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"kz-ast-pd1"}"""
                    .formatted(minutesAgo(1300))))
        .andExpect(status().isNotFound());
  }

  @Test
  void theBoardTheDoctorsListAndTheRecordPageShowThePersonOnRemand() throws Exception {
    var id = handedOver("Remand Boardtest");
    mvc.perform(
            postJson(
                PRISON_OFFICER, "/api/v1/custody-records/" + id + "/events", arrivalAtSizo(1300)))
        .andExpect(status().isCreated());

    mvc.perform(page(PRISON_OFFICER, "/custody/board"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Remand Boardtest")))
        // The prison officer works in Kazakh: "held on remand".
        .andExpect(content().string(containsString("тергеу изоляторында күзетпен")));
    // The police board no longer lists the person.
    var police =
        mvc.perform(page("officer", "/custody/board"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(police).doesNotContain("Remand Boardtest");

    if (users.find("doctor-ast-sizo1-test").isEmpty()) {
      users.create(
          "doctor-ast-sizo1-test", PASSWORD, "Gulmira Testova", Role.DOCTOR, SIZO, "ast", "en");
    }
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/medical")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("doctor-ast-sizo1-test")
                        .password(PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Remand Boardtest")));

    mvc.perform(page(PRISON_OFFICER, "/custody/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"record-phase\"")))
        .andExpect(content().string(containsString("тергеу изоляторында күзетпен")));
    mvc.perform(page("monitor", "/custody/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"record-phase\"")))
        .andExpect(content().string(containsString("Remand phase")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Remand Boardtest"))));
  }
}
