package org.habeas.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.web.ComplaintFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff handling: triage, assignment, referral, access by role, the ledger, search. */
@IntegrationTest
class ComplaintHandlingTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static RequestPostProcessor as(String name) {
    return user(name).password(PASSWORD);
  }

  private static String triaged() {
    return """
        {"type":"Triaged","category":"TORTURE","urgent":true,"note":"marks seen in the photo"}""";
  }

  @Test
  void aMonitorTriagesAssignsAndRefersAndEveryEntryIsInTheLedger() throws Exception {
    var c = lodge(mvc, jdbc, "handled " + word());
    var entries = "/api/v1/complaints/" + c[0] + "/entries";

    var first =
        mvc.perform(postAs("monitor", entries, triaged()).header("Idempotency-Key", "t-" + c[0]))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("REGISTERED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    // A retry with the same key stores nothing twice.
    mvc.perform(postAs("monitor", entries, triaged()).header("Idempotency-Key", "t-" + c[0]))
        .andExpect(status().isCreated())
        .andExpect(content().string(first));
    mvc.perform(postAs("monitor", entries, "{\"type\":\"Assigned\",\"assignee\":\"monitor\"}"))
        .andExpect(status().isCreated());
    mvc.perform(
            postAs(
                "monitor",
                entries,
                "{\"type\":\"StatusChanged\",\"status\":\"REFERRED_TO_PROSECUTOR\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("REFERRED_TO_PROSECUTOR"));

    assertThat(entries(jdbc, c[0])).isEqualTo(4);
    assertThat(
            jdbc.sql("select count(*) from ledger_commitment where record_id = ?")
                .param(c[0])
                .query(Long.class)
                .single())
        .as("every entry committed to the ledger")
        .isEqualTo(4);
    mvc.perform(
            get("/api/v1/complaints/status/" + c[1])
                .with(fromFreshAddress())
                .header("Complaint-Secret", c[2]))
        .andExpect(jsonPath("$.status").value("REFERRED_TO_PROSECUTOR"));
    mvc.perform(getAs("monitor", "/api/v1/complaints/" + c[0]))
        .andExpect(jsonPath("$.state.category").value("TORTURE"))
        .andExpect(jsonPath("$.state.assignee").value("monitor"))
        .andExpect(jsonPath("$.timeline[1].type").value("complaint.Triaged"));
  }

  @Test
  void statusesOnlyMoveForwardAndClosingNeedsAnOutcome() throws Exception {
    var c = lodge(mvc, jdbc, "moves " + word());
    var entries = "/api/v1/complaints/" + c[0] + "/entries";
    mvc.perform(postAs("monitor", entries, "{\"type\":\"StatusChanged\",\"status\":\"CLOSED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("outcome")));
    mvc.perform(
            postAs(
                "monitor",
                entries,
                "{\"type\":\"StatusChanged\",\"status\":\"CLOSED\",\"outcome\":\"WITHDRAWN\"}"))
        .andExpect(status().isCreated());
    mvc.perform(
            postAs("monitor", entries, "{\"type\":\"StatusChanged\",\"status\":\"REGISTERED\"}"))
        .andExpect(status().isConflict());
    assertThat(entries(jdbc, c[0])).isEqualTo(2);
  }

  @Test
  void theProsecutorSeesAComplaintOnceReferredInTheirRegionAndOthersNever() throws Exception {
    var c = lodge(mvc, jdbc, "prosecutor " + word());
    var path = "/api/v1/complaints/" + c[0];
    mvc.perform(getAs("prosecutor", path)).andExpect(status().isNotFound());
    mvc.perform(getAs("officer", path)).andExpect(status().isNotFound());
    mvc.perform(getAs("lawyer", path)).andExpect(status().isNotFound());
    // An administrator sees no detainee data: not even a complaint's intake.
    mvc.perform(getAs("admin", path)).andExpect(status().isNotFound());
    // The prosecutor may not triage.
    mvc.perform(postAs("prosecutor", path + "/entries", triaged()))
        .andExpect(status().isNotFound());
    mvc.perform(
            postAs(
                "monitor",
                path + "/entries",
                "{\"type\":\"StatusChanged\",\"status\":\"REFERRED_TO_PROSECUTOR\"}"))
        .andExpect(status().isCreated());
    mvc.perform(getAs("prosecutor", path))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.complaint.victimName").value("Серік Әбенов"));
    mvc.perform(
            postAs(
                "prosecutor",
                path + "/entries",
                "{\"type\":\"StatusChanged\",\"status\":\"INVESTIGATION_OPENED\"}"))
        .andExpect(status().isCreated());
    mvc.perform(postAs("prosecutor", path + "/entries", triaged()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aMonitorSeesNamesOnlyWithAReasonAndTheReadIsLogged() throws Exception {
    var c = lodge(mvc, jdbc, "pseudonyms " + word());
    var path = "/api/v1/complaints/" + c[0];
    mvc.perform(getAs("monitor", path))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pseudonymised").value(true))
        .andExpect(content().string(not(containsString("Серік Әбенов"))))
        .andExpect(content().string(not(containsString("+7 701"))));
    mvc.perform(getAs("monitor", path).header("X-Habeas-Reason", "visit follow-up 12/2026"))
        .andExpect(jsonPath("$.complaint.victimName").value("Серік Әбенов"));
    assertThat(
            jdbc.sql(
                    "select count(*) from personal_data_read where record_id = ? and purpose ="
                        + " 'STATED_REASON' and reason = 'visit follow-up 12/2026'")
                .param(c[0])
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aLawyerTakesInAComplaintAndSeesOnlyTheirOwn() throws Exception {
    var marker = word();
    var other = lodge(mvc, jdbc, "not the lawyer's " + marker);
    var body = intake("client statement " + marker).replace("\"RELATIVE\"", "\"LAWYER\"");
    mvc.perform(
            post("/complaints/intake")
                .with(as("lawyer"))
                .with(csrf())
                .param("complainantRole", "LAWYER")
                .param("contactPreference", "NONE")
                .param("narrative", "client statement " + marker)
                .param("facilityId", "kz-ast-tdf1")
                .param("stillHeld", "false"))
        .andExpect(status().is3xxRedirection());
    assertThat(body).isNotBlank();
    mvc.perform(getAs("lawyer", "/api/v1/complaints?q=" + marker))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].source").value("STAFF"));
    mvc.perform(getAs("monitor", "/api/v1/complaints?q=" + marker))
        .andExpect(jsonPath("$.total").value(2));
    mvc.perform(getAs("lawyer", "/api/v1/complaints/" + other[0])).andExpect(status().isNotFound());
  }

  @Test
  void aMonitorRecordsAComplaintMadeOrallyInAVisit() throws Exception {
    var marker = word();
    var result =
        mvc.perform(
                post("/complaints/intake")
                    .with(as("monitor"))
                    .with(csrf())
                    .param("oral", "true")
                    .param("complainantRole", "VICTIM")
                    .param("complainantName", "Нұрлан Қасымов")
                    .param("contactPreference", "THROUGH_LAWYER")
                    .param("narrative", "Said in cell 4 that he was kept without water " + marker)
                    .param("facilityId", "kz-ast-tdf1")
                    .param("stillHeld", "true"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    var location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/complaints/");
    mvc.perform(get(location).with(as("monitor")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("oral, in a visit")))
        .andExpect(content().string(containsString("/case-file")))
        .andExpect(content().string(containsString("/istanbul")));
  }

  @Test
  void searchFindsWordsAndRespectsTheFilters() throws Exception {
    var marker = word();
    var c = lodge(mvc, jdbc, "Beaten with a bottle " + marker + " during questioning");
    mvc.perform(getAs("monitor", "/api/v1/complaints").param("q", marker.toUpperCase() + " bottle"))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].reference").value(c[1]));
    mvc.perform(getAs("monitor", "/api/v1/complaints?q=" + marker + "&status=CLOSED"))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(getAs("monitor", "/api/v1/complaints?q=" + marker + "&urgent=true"))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(getAs("monitor", "/api/v1/complaints?q=nothing" + marker))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(getAs("officer", "/api/v1/complaints?q=" + marker))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void theStaffPagesListTriageAndReferThroughForms() throws Exception {
    var marker = word();
    var c = lodge(mvc, jdbc, "page flow " + marker);
    mvc.perform(get("/complaints").param("q", marker).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(c[1])))
        .andExpect(content().string(containsString("id=\"nav-complaints\"")));
    mvc.perform(
            post("/complaints/" + c[0] + "/triage")
                .with(as("monitor"))
                .with(csrf())
                .param("category", "DENIAL_OF_LAWYER")
                .param("urgent", "true"))
        .andExpect(redirectedUrl("/complaints/" + c[0]));
    mvc.perform(
            post("/complaints/" + c[0] + "/status")
                .with(as("monitor"))
                .with(csrf())
                .param("status", "REFERRED_TO_PROSECUTOR"))
        .andExpect(redirectedUrl("/complaints/" + c[0]));
    mvc.perform(get("/complaints/" + c[0]).with(as("monitor")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Referred to the prosecutor")))
        .andExpect(content().string(containsString("Denial of a lawyer")))
        .andExpect(content().string(containsString("Triaged")));
    mvc.perform(get("/complaints").with(as("officer"))).andExpect(status().isForbidden());
  }

  @Test
  void aHandlerAddsADocumentWhichOnlyThoseWhoMaySeeTheComplaintCanFetch() throws Exception {
    var c = lodge(mvc, jdbc, "documents " + word());
    var image = new java.awt.image.BufferedImage(5, 5, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/complaints/" + c[0] + "/documents")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "attachments", "medical.png", "image/png", png.toByteArray()))
                .with(as("monitor"))
                .with(csrf()))
        .andExpect(redirectedUrl("/complaints/" + c[0]));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/complaints/" + c[0] + "/documents")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "attachments",
                        "medical.pdf",
                        "application/pdf",
                        "MZ\u0090 not a pdf".getBytes()))
                .with(as("monitor"))
                .with(csrf())
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"error-attachments\"")));
    var doc =
        jdbc.sql("select id from complaint_attachment where complaint_id = ?")
            .param(c[0])
            .query(String.class)
            .single();
    assertThat(entries(jdbc, c[0])).isEqualTo(2);
    var path = "/complaints/" + c[0] + "/documents/" + doc;
    mvc.perform(get(path).with(as("monitor")))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Content-Disposition", containsString("attachment")));
    mvc.perform(get(path).with(as("officer"))).andExpect(status().isNotFound());
    mvc.perform(get(path)).andExpect(status().is3xxRedirection());
  }
}
