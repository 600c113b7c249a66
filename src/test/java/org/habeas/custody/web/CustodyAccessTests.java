package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.habeas.IntegrationTest;
import org.habeas.ledger.store.Integrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Least privilege: each role sees exactly what product.md says, and every look is logged. */
@IntegrationTest
class CustodyAccessTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Integrator integrator;

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

  // --- issue 14, finding 1: no record is taken over by an event naming the writer -------------

  /**
   * The probe, replayed: officers of four facilities (one in another country) each append an
   * arrival at their own facility to every record of the first page of the whole register. None
   * lands; a record they cannot see stays unseen (404, or 410 once erased), one they can see
   * refuses the event (403).
   */
  @Test
  void noOfficerTakesOverARecordByRecordingAnArrivalAtTheirOwnFacility() throws Exception {
    var listed = registerPage(50);
    long events = jdbc.sql("select count(*) from custody_event").query(Long.class).single();
    var officers =
        Map.of(
            "officer", ASTANA_TDF,
            "officer-ast-pd1", "kz-ast-pd1",
            "officer-alm", "kz-alm-tdf1",
            "officer-ew", "ew-met-cs1");
    var wrong = new ArrayList<String>();
    int tries = 0;
    for (var officer : officers.entrySet()) {
      for (var record : listed) {
        if (record.get("facilityId").equals(officer.getValue())) {
          continue; // held or awaited there: the arrival is that facility's own to record
        }
        var path = "/api/v1/custody-records/" + record.get("id");
        int seen = mvc.perform(getAs(officer.getKey(), path)).andReturn().getResponse().getStatus();
        int answer =
            mvc.perform(
                    postJson(
                        officer.getKey(),
                        path + "/events",
                        arrivalAt(officer.getValue(), minutesAgo(1))))
                .andReturn()
                .getResponse()
                .getStatus();
        tries++;
        // Seen: refused (403); unseen (404) or erased (410): the same answer as to reading it.
        int expected = seen == 200 ? 403 : seen;
        if (answer != expected) {
          wrong.add(
              "%s on %s: %d, expected %d".formatted(officer.getKey(), path, answer, expected));
        }
      }
    }
    assertThat(tries).isGreaterThanOrEqualTo(41);
    assertThat(wrong).isEmpty();
    assertThat(jdbc.sql("select count(*) from custody_event").query(Long.class).single())
        .isEqualTo(events);
  }

  @Test
  void aMoveIsATransferByTheHoldingFacilityReceivedByTheOther() throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;
    mvc.perform(postJson("officer", record + "/events", arrivalAt(ASTANA_TDF, minutesAgo(55))))
        .andExpect(status().isCreated());
    // Not yet sent there: the other facility neither sees nor takes it.
    mvc.perform(
            postJson(
                "officer-ast-pd2", record + "/events", arrivalAt("kz-ast-pd2", minutesAgo(50))))
        .andExpect(status().isNotFound());

    mvc.perform(
            postJson("officer", record + "/events", transferredAt("kz-ast-pd2", minutesAgo(40))))
        .andExpect(status().isCreated());

    // On its way: the receiving facility sees it and records the arrival, and nothing before it.
    mvc.perform(getAs("officer-ast-pd2", record)).andExpect(status().isOk());
    mvc.perform(postJson("officer-ast-pd2", record + "/events", cellVisitedAt(minutesAgo(35))))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:habeas:problem:custody.forbiddenEvent"));
    mvc.perform(
            postJson(
                "officer-ast-pd2", record + "/events", arrivalAt("kz-ast-pd2", minutesAgo(30))))
        .andExpect(status().isCreated());
    mvc.perform(postJson("officer-ast-pd2", record + "/events", cellVisitedAt(minutesAgo(20))))
        .andExpect(status().isCreated());

    // The facility the person left still reads the record, and writes no more to it.
    mvc.perform(getAs("officer", record)).andExpect(status().isOk());
    mvc.perform(postJson("officer", record + "/events", cellVisitedAt(minutesAgo(10))))
        .andExpect(status().isForbidden());
    mvc.perform(postJson("officer", record + "/events", arrivalAt(ASTANA_TDF, minutesAgo(10))))
        .andExpect(status().isForbidden());
    assertThat(eventCount(jdbc, id)).isEqualTo(5);
  }

  @Test
  void theRecordPageRefusesTheSameEventsAsTheApi() throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;
    mvc.perform(
            postJson("officer", record + "/events", transferredAt("kz-ast-pd2", minutesAgo(40))))
        .andExpect(status().isCreated());
    mvc.perform(
            postJson(
                "officer-ast-pd2", record + "/events", arrivalAt("kz-ast-pd2", minutesAgo(30))))
        .andExpect(status().isCreated());

    mvc.perform(
            post("/custody/" + id + "/events")
                .with(user("officer").password(PASSWORD))
                .with(csrf())
                .param("type", "CellVisited")
                .param("occurredAt", localMinutesAgo(5))
                .param("by", "Sgt. Omarov"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/custody/" + id + "/events")
                .with(user("officer-ew").password(PASSWORD))
                .with(csrf())
                .param("type", "ArrivedAtFacility")
                .param("occurredAt", localMinutesAgo(5))
                .param("facilityId", "ew-met-cs1"))
        .andExpect(status().isNotFound());
    assertThat(eventCount(jdbc, id)).isEqualTo(3);
  }

  @Test
  void anInvestigatorCannotGrantHimselfARecordByRecordingAQuestioningThatNamesHim()
      throws Exception {
    var id = openRecord(mvc);
    var record = "/api/v1/custody-records/" + id;

    mvc.perform(
            postJson(
                "investigator", record + "/events", questioningBy("investigator", minutesAgo(30))))
        .andExpect(status().isNotFound());
    mvc.perform(getAs("investigator", record)).andExpect(status().isNotFound());

    // Once the facility recorded his questioning, he records his own, and no one else's.
    mvc.perform(
            postJson("officer", record + "/events", questioningBy("investigator", minutesAgo(30))))
        .andExpect(status().isCreated());
    mvc.perform(
            postJson(
                "investigator",
                record + "/events",
                "{\"type\":\"InterrogationEnded\",\"occurredAt\":\"" + minutesAgo(25) + "\"}"))
        .andExpect(status().isCreated());
    mvc.perform(
            postJson(
                "investigator", record + "/events", questioningBy("A. Colleague", minutesAgo(20))))
        .andExpect(status().isForbidden());
    assertThat(eventCount(jdbc, id)).isEqualTo(3);
  }

  // --- issue 14, finding 8: a doctor is shown the medical part only ----------------------------

  @Test
  void aDoctorIsShownNoGroundsOffenceOrNationalIdInTheRecordItsPageTheListOrAReceipt()
      throws Exception {
    var id = openRecordWithNationalId();
    var record = "/api/v1/custody-records/" + id;
    var exam =
        mvc.perform(
                postJson(
                    "doctor",
                    record + "/events",
                    """
                    {"type":"MedicalExaminationCompleted","occurredAt":"%s","doctor":"Dr. Seitkali",
                     "injuriesFound":false}"""
                        .formatted(minutesAgo(10))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int examSeq = JsonPath.read(exam, "$.seq");
    integrator.integrateNow();

    var json = mvc.perform(getAs("doctor", record)).andExpect(status().isOk()).andReturn();
    assertThat(json.getResponse().getContentAsString())
        .contains("Test Person", "MedicalExaminationCompleted")
        .doesNotContain(GROUNDS, OFFENCE, NATIONAL_ID);
    mvc.perform(get("/custody/" + id).with(user("doctor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test Person")))
        .andExpect(content().string(not(containsString(GROUNDS))))
        .andExpect(content().string(not(containsString(OFFENCE))))
        .andExpect(content().string(not(containsString(NATIONAL_ID))));
    mvc.perform(get("/custody/" + id + "/print").with(user("doctor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(GROUNDS))))
        .andExpect(content().string(not(containsString(NATIONAL_ID))));
    var list =
        mvc.perform(getAs("doctor", "/api/v1/custody-records?size=200")).andReturn().getResponse();
    assertThat(list.getContentAsString()).doesNotContain(GROUNDS, OFFENCE, NATIONAL_ID);
    mvc.perform(get("/custody").with(user("doctor").password(PASSWORD)))
        .andExpect(content().string(not(containsString(NATIONAL_ID))));

    // The opening's receipt would carry it all: withheld; the examination's is the doctor's.
    mvc.perform(getAs("doctor", record + "/events/1/receipt"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:habeas:problem:custody.receiptWithheld"));
    mvc.perform(getAs("doctor", record + "/events/" + examSeq + "/receipt"))
        .andExpect(status().isOk());
    // The officer, whose duty it is, still sees it all.
    mvc.perform(getAs("officer", record))
        .andExpect(jsonPath("$.person.nationalId").value(NATIONAL_ID))
        .andExpect(jsonPath("$.events[0].grounds").value(GROUNDS));
  }

  private static final String GROUNDS = "seen breaking a shop window";
  private static final String OFFENCE = "Vandalism (CC art. 294)";
  private static final String NATIONAL_ID = "900401300127";

  private String openRecordWithNationalId() throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                     "person":{"name":"Test Person","birthDate":"1990-04-01",
                               "nationalId":"%s","citizenship":"KZ","language":"kk"},
                     "grounds":"%s","suspectedOffence":"%s","jurisdiction":"kz"}"""
                        .formatted(minutesAgo(60), ASTANA_TDF, NATIONAL_ID, GROUNDS, OFFENCE)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  /** The first page of the register, as the monitor lists it: id and current facility. */
  private List<Map<String, Object>> registerPage(int size) throws Exception {
    var body =
        mvc.perform(getAs("monitor", "/api/v1/custody-records?status=&size=" + size))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items");
  }

  private static String localMinutesAgo(long minutes) {
    return java.time.LocalDateTime.now(
            org.habeas.TestClock.CLOCK.withZone(java.time.ZoneId.of("Asia/Almaty")))
        .minusMinutes(minutes)
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
        .toString();
  }

  private static String arrivalAt(String facility, String occurredAt) {
    return """
        {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s"}"""
        .formatted(occurredAt, facility);
  }

  private static String transferredAt(String facility, String occurredAt) {
    return """
        {"type":"Transferred","occurredAt":"%s","toFacilityId":"%s"}"""
        .formatted(occurredAt, facility);
  }

  private static String questioningBy(String interrogator, String occurredAt) {
    return """
        {"type":"InterrogationStarted","occurredAt":"%s","interrogator":"%s","lawyerPresent":false}"""
        .formatted(occurredAt, interrogator);
  }

  private long reads(String recordId, String user) {
    return jdbc.sql("select count(*) from personal_data_read where record_id = ? and username = ?")
        .params(recordId, user)
        .query(Long.class)
        .single();
  }
}
