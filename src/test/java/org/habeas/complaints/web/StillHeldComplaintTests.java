package org.habeas.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.web.ComplaintFixtures.PASSWORD;
import static org.habeas.complaints.web.ComplaintFixtures.intake;
import static org.habeas.complaints.web.ComplaintFixtures.lodgeJson;
import static org.habeas.complaints.web.ComplaintFixtures.word;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.habeas.IntegrationTest;
import org.habeas.complaints.Handling;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Complaints from people still held are urgent: their first deadline comes from the profile of the
 * facility's jurisdiction (kz 24 h, ew 6 h), or the setting (24 h) without a facility; others keep
 * the ordinary 3 days.
 */
@IntegrationTest
class StillHeldComplaintTests {

  private static final String LOCALE = "org.habeas.system.web.UserLocaleResolver.locale";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Handling complaints;

  /** The reference of a complaint lodged with the given intake JSON. */
  private String lodge(String json) throws Exception {
    var body =
        mvc.perform(lodgeJson(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.reference");
  }

  /** How long after its lodging the complaint falls due. */
  private Duration firstDeadline(String reference) {
    return jdbc.sql(
            "select c.lodged_at, v.due_at from complaint c join complaint_current v"
                + " on v.complaint_id = c.id where c.reference = ?")
        .param(reference)
        .query(
            (rs, i) ->
                Duration.between(
                    rs.getTimestamp("lodged_at").toInstant(),
                    rs.getTimestamp("due_at").toInstant()))
        .single();
  }

  @Test
  void aPersonStillHeldInKazakhstanIsAnsweredWithin24Hours() throws Exception {
    var ref = lodge(intake("Beaten last night, still in the cell " + word()));

    assertThat(firstDeadline(ref)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void aPersonNoLongerHeldKeepsTheOrdinaryThreeDays() throws Exception {
    var ref =
        lodge(
            intake("Beaten last month, released since " + word())
                .replace("\"stillHeld\":true", "\"stillHeld\":false"));

    assertThat(firstDeadline(ref)).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void aPersonStillHeldInAnEnglishCustodySuiteIsAnsweredWithin6Hours() throws Exception {
    var ref =
        lodge(intake("Kicked in the custody suite " + word()).replace("kz-ast-tdf1", "ew-met-cs1"));

    assertThat(firstDeadline(ref)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void withoutAFacilityTheSettingDecides() throws Exception {
    var ref =
        lodge(
            intake("Held somewhere unknown " + word())
                .replace("\"facilityId\":\"kz-ast-tdf1\"", "\"place\":\"a van\""));

    assertThat(firstDeadline(ref)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void theInboxShowsItStillHeldWithItsHour() throws Exception {
    var marker = word();
    var ref = lodge(intake("Threatened in the cell " + marker));

    mvc.perform(
            get("/complaints?q=" + marker)
                .with(user("monitor").password(PASSWORD))
                .sessionAttr(LOCALE, Locale.ENGLISH))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(ref)))
        .andExpect(content().string(containsString("still-held")))
        .andExpect(content().string(containsString(">still held<")));
  }

  @Test
  void aComplaintProjectedWithTheOldDeadlineIsCountedAgainAtStart() throws Exception {
    var ref = lodge(intake("Lodged before the change " + word()));
    var lodged =
        jdbc.sql("select lodged_at from complaint where reference = ?")
            .param(ref)
            .query(Timestamp.class)
            .single()
            .toInstant();
    setDue(ref, lodged.plus(Duration.ofDays(3)));
    assertThat(firstDeadline(ref)).isEqualTo(Duration.ofDays(3));

    complaints.reprojectStillHeldReceived();

    assertThat(firstDeadline(ref)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void theOpenStillHeldComplaintComesBeforeAClosedUrgentOne() throws Exception {
    var marker = word();
    var closed = ComplaintFixtures.lodge(mvc, jdbc, "Closed since " + marker);
    mvc.perform(
            ComplaintFixtures.postAs(
                "monitor",
                "/api/v1/complaints/" + closed[0] + "/entries",
                "{\"type\":\"StatusChanged\",\"status\":\"CLOSED\",\"outcome\":\"WITHDRAWN\"}"))
        .andExpect(status().isCreated());
    var open = lodge(intake("Still in the cell " + marker));

    mvc.perform(ComplaintFixtures.getAs("monitor", "/api/v1/complaints?q=" + marker))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].reference").value(open))
        .andExpect(jsonPath("$.items[0].stillHeld").value(true))
        .andExpect(jsonPath("$.items[1].reference").value(closed[1]));
  }

  private void setDue(String reference, Instant due) {
    jdbc.sql(
            "update complaint_current set due_at = ? where complaint_id ="
                + " (select id from complaint where reference = ?)")
        .params(Timestamp.from(due), reference)
        .update();
  }
}
