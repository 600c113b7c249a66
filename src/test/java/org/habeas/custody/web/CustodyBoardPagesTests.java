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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.regex.Pattern;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15's custody pages: the board an officer works from, Records, the lawyer's clients, forms
 * shaped by the role, refusals and errors in words and local time, the profile from the facility.
 */
@IntegrationTest
class CustodyBoardPagesTests {

  private static final Pattern UTC_INSTANT =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static RequestPostProcessor as(String name) {
    return user(name).password(PASSWORD);
  }

  /** A record at the Astana facility with an IIN, a cell and an intoxicated visit. */
  private String heldInCell(String name, String iin) throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                     "person":{"name":"%s","birthDate":"1990-04-01","nationalId":"%s","citizenship":"KZ","language":"kk"},
                     "grounds":"caught in the act","jurisdiction":"kz"}"""
                        .formatted(minutesAgo(120), ASTANA_TDF, name, iin)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"%s","cell":"A-12"}"""
                    .formatted(minutesAgo(110), ASTANA_TDF)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.cell").value("A-12"));
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"CellVisited","occurredAt":"%s","by":"Sgt. Omarov","intoxicated":true}"""
                    .formatted(minutesAgo(100))))
        .andExpect(status().isCreated());
    return id;
  }

  @Test
  void theBoardShowsEachPersonHeldWithCellDeadlinesAndRisks() throws Exception {
    var id = heldInCell("Marat Boardtest", "900401300111");
    mvc.perform(get("/custody/board").with(as("officer")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Custody board</h1>")))
        .andExpect(content().string(containsString("data-record=\"" + id + "\"")))
        .andExpect(content().string(containsString("Marat Boardtest")))
        .andExpect(content().string(containsString(">A-12<")))
        .andExpect(content().string(containsString("flag-intoxicated")))
        .andExpect(content().string(containsString("Next cell check")))
        .andExpect(content().string(containsString("Next review or court")));
  }

  @Test
  void theBoardFindsAPersonByNameWordIinOrRecordNumber() throws Exception {
    var id = heldInCell("Timur Searchable Zhanov", "880202300222");
    for (var q :
        new String[] {
          "Timur Searchable Zhanov", "searchable", "880202300222", "D-" + id.substring(0, 8), id
        }) {
      mvc.perform(get("/custody/board").with(as("officer")).param("q", q))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("data-record=\"" + id + "\"")));
      mvc.perform(get("/custody").with(as("officer")).param("q", q))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("/custody/" + id)));
    }
    mvc.perform(get("/custody/board").with(as("officer")).param("q", "Nobody Atall"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"board-empty\"")))
        .andExpect(content().string(not(containsString("data-record=\"" + id + "\""))));
  }

  @Test
  void boardAndRecordsAreDifferentPagesAndAgreeForTheInvestigator() throws Exception {
    // A person held now whom the investigator questioned (demo records may all be closed).
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"InterrogationStarted","occurredAt":"%s","interrogator":"Yerlan Zhumabayev",
                 "lawyerPresent":true}"""
                    .formatted(minutesAgo(20))))
        .andExpect(status().isCreated());
    var board =
        mvc.perform(get("/custody/board").with(as("investigator")).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var records =
        mvc.perform(
                get("/custody")
                    .with(as("investigator"))
                    .param("lang", "en")
                    .param("status", "open"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1>Records</h1>")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int onBoard = number(board, "People held: (\\d+)");
    int listed = number(records, "Records found: (\\d+)");
    assertThat(onBoard).isEqualTo(listed).isPositive();
  }

  @Test
  void theArrivalFormFragmentHasTheFacilitiesAndTheZone() throws Exception {
    var id = openRecord(mvc);
    for (var form : new String[] {"ArrivedAtFacility", "Transferred"}) {
      mvc.perform(
              get("/custody/" + id + "/form")
                  .param("form", form)
                  .header("HX-Request", "true")
                  .with(as("officer")))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("<option value=\"kz-alm-tdf1\"")))
          .andExpect(content().string(containsString("Asia/")))
          .andExpect(content().string(not(containsString("(null)"))));
    }
  }

  @Test
  void aLawyerIsOfferedNoPoliceFormAndSeesTheClock() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                """
                {"type":"LawyerNotified","occurredAt":"%s","lawyer":"Gulnara Tasheva"}"""
                    .formatted(minutesAgo(30))))
        .andExpect(status().isCreated());
    mvc.perform(get("/custody/" + id).with(as("lawyer")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"AllegationMade\"")))
        .andExpect(content().string(not(containsString("value=\"CellVisited\""))))
        .andExpect(content().string(not(containsString("value=\"Released\""))))
        .andExpect(content().string(not(containsString("correct-link"))))
        .andExpect(content().string(containsString("id=\"clock-left\"")))
        .andExpect(content().string(containsString("prominent")));
    // A police event sent anyway is refused in words, not with the type's code.
    mvc.perform(
            post("/custody/" + id + "/events")
                .with(as("lawyer"))
                .with(csrf())
                .param("lang", "en")
                .param("type", "CellVisited")
                .param("occurredAt", localMinutesAgo(5))
                .param("by", "Someone"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("A lawyer cannot record “Cell visited”")));
    mvc.perform(get("/custody/clients").with(as("lawyer")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/custody/" + id)))
        .andExpect(content().string(containsString("left to the legal limit")));
  }

  @Test
  void theClientsPageIsTheLawyers() throws Exception {
    for (var who : new String[] {"officer", "doctor", "investigator", "prosecutor", "monitor"}) {
      mvc.perform(get("/custody/clients").with(as(who))).andExpect(status().isForbidden());
    }
  }

  @Test
  void aDoctorIsOfferedOnlyTheMedicalEvents() throws Exception {
    var id = openRecord(mvc);
    var page =
        mvc.perform(get("/custody/" + id).with(as("doctor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var offered =
        Pattern.compile("<option value=\"([A-Za-z]+)\"")
            .matcher(
                page.substring(
                    page.indexOf("id=\"form-type\""),
                    page.indexOf("</select>", page.indexOf("id=\"form-type\""))))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(offered).containsExactly("MedicalExaminationCompleted", "InjuryRecorded");
    assertThat(page).doesNotContain("correct-link");
  }

  @Test
  void ruleErrorsGiveLocalTimesToTheMinuteWithTheZoneNamed() throws Exception {
    var id = openRecord(mvc);
    var page =
        mvc.perform(
                post("/custody/" + id + "/events")
                    .with(as("officer"))
                    .with(csrf())
                    .param("lang", "en")
                    .param("type", "CellVisited")
                    .param("occurredAt", localMinutesAgo(-3 * 24 * 60))
                    .param("by", "Sgt. Future"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var error = page.substring(page.indexOf("class=\"field-error\""));
    error = error.substring(0, error.indexOf("</p>"));
    assertThat(error).contains("(Asia/").doesNotContainPattern(UTC_INSTANT);
  }

  @Test
  void theProfileComesFromTheFacilityUnlessASupervisorOverridesIt() throws Exception {
    // officer-alm is not a supervisor: another profile than the facility's is refused, on the
    // field.
    mvc.perform(
            postJson(
                "officer-alm",
                "/api/v1/custody-records",
                apprehendedAt("kz-alm-tdf1", minutesAgo(30)).replace("\"kz\"", "\"ew\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
    mvc.perform(get("/custody/new").with(as("officer-alm")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"profile-from-facility\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "type=\"hidden\" id=\"f-jurisdiction\" name=\"jurisdiction\" value=\"kz\"")));
    // The demo officer is a supervisor: the override is taken and stated on the record.
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    apprehendedAt(ASTANA_TDF, minutesAgo(30)).replace("\"kz\"", "\"cpt\"")))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    mvc.perform(get("/custody/" + id).with(as("officer")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"profile-override\"")))
        .andExpect(content().string(containsString("chosen by the custody supervisor officer")));
    mvc.perform(get("/custody/new").with(as("officer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<select id=\"f-jurisdiction\"")));
  }

  @Test
  void repeatedObligationsCollapseIntoOneRowPerRule() throws Exception {
    var id =
        jdbc.sql(
                "select record_id from custody_record_view where jurisdiction = 'ew'"
                    + " order by last_seq desc limit 1")
            .query(String.class)
            .single();
    var page =
        mvc.perform(get("/custody/" + id).with(as("officer-ew")).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Pattern.compile("<tr data-rule=\"ew.cell-visits\"").matcher(page).results().count())
        .isEqualTo(1);
    assertThat(page).contains("obligation-group").contains("<details class=\"obligation-all\"");
  }

  private static int number(String page, String regex) {
    var m = Pattern.compile(regex).matcher(page);
    assertThat(m.find()).as("%s on the page", regex).isTrue();
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  private static String localMinutesAgo(long minutes) {
    var zone = java.time.ZoneId.of("Asia/Almaty");
    return java.time.LocalDateTime.now(org.habeas.TestClock.CLOCK.withZone(zone))
        .minusMinutes(minutes)
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
        .toString();
  }
}
