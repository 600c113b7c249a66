package org.habeas.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.web.ComplaintFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.temporal.ChronoUnit;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Intake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An allegation or injury in a custody record raises one linked complaint, automatically. */
@IntegrationTest
class CustodyComplaintTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ComplaintIntake complaints;

  private static String ago(long minutes) {
    return org.habeas.TestClock.now()
        .minus(minutes, ChronoUnit.MINUTES)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  private String openRecord() throws Exception {
    var body =
        mvc.perform(
                postAs(
                    "officer",
                    "/api/v1/custody-records",
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
                     "person":{"name":"Бауыржан Төлегенов","birthDate":"1991-02-03","citizenship":"KZ","language":"kk"},
                     "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
                    """
                        .formatted(ago(90))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void anAllegationRaisesOneUrgentComplaintLinkedToTheRecord() throws Exception {
    var record = openRecord();
    mvc.perform(
            postAs(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                """
                {"type":"AllegationMade","occurredAt":"%s","against":"arresting officers",
                 "description":"says he was kicked in the van"}"""
                    .formatted(ago(30))))
        .andExpect(status().isCreated());
    Publications.awaitCompleted(jdbc);

    var rows =
        jdbc.sql(
                "select c.id, c.source, c.custody_seq, v.urgent, v.category from complaint c join"
                    + " complaint_current v on v.complaint_id = c.id where c.custody_record_id = ?")
            .param(record)
            .query(
                (rs, i) ->
                    new Object[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getInt(3),
                      rs.getBoolean(4),
                      rs.getString(5)
                    })
            .list();
    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst())
        .containsExactly(rows.getFirst()[0], "CUSTODY", 2, true, "ILL_TREATMENT");
    var id = (String) rows.getFirst()[0];

    // Raising it again for the same event gives the same complaint.
    var again =
        complaints.raiseFromCustody(
            record,
            2,
            "officer",
            org.habeas.TestClock.now(),
            new Intake(
                ComplainantRole.VICTIM,
                null,
                null,
                ContactPreference.NONE,
                null,
                "again",
                null,
                null,
                null,
                null,
                null,
                false,
                null),
            Category.ILL_TREATMENT);
    assertThat(again.toString()).isEqualTo(id);
    assertThat(
            jdbc.sql("select count(*) from complaint where custody_record_id = ?")
                .param(record)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    mvc.perform(
            get("/complaints/" + id)
                .with(user("monitor").password(PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/custody/" + record)))
        .andExpect(content().string(containsString("kz.ill-treatment-reported-24h")))
        .andExpect(content().string(containsString("kicked in the van")));
  }

  @Test
  void anInjuryRaisesAComplaintAndOtherEventsDoNot() throws Exception {
    var record = openRecord();
    mvc.perform(
            postAs(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                """
                {"type":"CellVisited","occurredAt":"%s","by":"Sgt. Omarov"}"""
                    .formatted(ago(40))))
        .andExpect(status().isCreated());
    mvc.perform(
            postAs(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                """
                {"type":"InjuryRecorded","occurredAt":"%s","description":"bruise under the left eye",
                 "recordedBy":"Sgt. Omarov"}"""
                    .formatted(ago(20))))
        .andExpect(status().isCreated());
    Publications.awaitCompleted(jdbc);
    assertThat(
            jdbc.sql("select injuries from complaint where custody_record_id = ?")
                .param(record)
                .query(String.class)
                .list())
        .containsExactly("bruise under the left eye");
  }

  @Test
  void anAdministratorListsAComplaintRaisedFromCustodyButSeesNoneOfItsDetaineeData()
      throws Exception {
    var record = openRecord();
    mvc.perform(
            postAs(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                """
                {"type":"InjuryRecorded","occurredAt":"%s","description":"burns on both wrists",
                 "recordedBy":"Sgt. Omarov"}"""
                    .formatted(ago(20))))
        .andExpect(status().isCreated());
    Publications.awaitCompleted(jdbc);
    var id =
        jdbc.sql("select id from complaint where custody_record_id = ?")
            .param(record)
            .query(String.class)
            .single();
    var path = "/api/v1/complaints/" + id;
    long reads =
        jdbc.sql("select count(*) from personal_data_read where username = 'admin'")
            .query(Long.class)
            .single();

    // Nothing of the complaint itself: not by the API, the page, the print view, the case file.
    mvc.perform(getAs("admin", path)).andExpect(status().isNotFound());
    mvc.perform(getAs("admin", path + "/case-file")).andExpect(status().isNotFound());
    mvc.perform(getAs("admin", path + "/istanbul")).andExpect(status().isNotFound());
    for (var page : new String[] {"/complaints/" + id, "/complaints/" + id + "/print"}) {
      mvc.perform(get(page).with(user("admin").password(PASSWORD)).header("Accept-Language", "en"))
          .andExpect(status().isNotFound())
          .andExpect(content().string(org.hamcrest.Matchers.not(containsString("burns"))));
    }
    // Nor handles it, nor takes one in, nor asks the text what it says.
    mvc.perform(
            postAs(
                "admin",
                path + "/entries",
                "{\"type\":\"Triaged\",\"category\":\"TORTURE\",\"urgent\":true}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            getAs(
                "admin", "/api/v1/complaints?q=" + java.net.URLEncoder.encode("Бауыржан", "UTF-8")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/complaints/intake").with(user("admin").password(PASSWORD)))
        .andExpect(status().isForbidden());
    // The list stays: nothing personal in it, and no way from it into a complaint.
    mvc.perform(getAs("admin", "/api/v1/complaints?size=200"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"reference\":\"HC-")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Бауыржан"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("burns"))));
    mvc.perform(get("/complaints").with(user("admin").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.not(containsString("href=\"/complaints/" + id))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"q\""))));
    assertThat(
            jdbc.sql("select count(*) from personal_data_read where username = 'admin'")
                .query(Long.class)
                .single())
        .as("no personal data shown to the administrator")
        .isEqualTo(reads);
    // Those whose work it is still see it.
    mvc.perform(getAs("monitor", path)).andExpect(status().isOk());
  }
}
