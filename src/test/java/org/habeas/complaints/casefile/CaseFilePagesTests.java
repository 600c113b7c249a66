package org.habeas.complaints.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.casefile.CaseFileFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.complaints.ComplaintIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case-file and Istanbul Protocol pages as people use them. */
@IntegrationTest
class CaseFilePagesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ComplaintIntake complaints;

  private static RequestPostProcessor as(String name) {
    return user(name).password(PASSWORD);
  }

  private UUID complaintWithAct() throws Exception {
    var c = newComplaint(complaints);
    var cf = base(c) + "/case-file";
    var act = add(mvc, "monitor", cf + "/acts", act("ELECTRIC_SHOCK"));
    var victim = add(mvc, "monitor", cf + "/victims", VICTIM);
    add(
        mvc,
        "monitor",
        cf + "/involvements",
        "{\"act\":\"%s\",\"victim\":\"%s\"}".formatted(act, victim));
    return c;
  }

  @Test
  void showsWhoDidWhatToWhomWithFormsForHandlers() throws Exception {
    var c = complaintWithAct();
    mvc.perform(get("/complaints/" + c + "/case-file").with(as("monitor")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"matrix-table\"")))
        .andExpect(content().string(containsString("Electric shock")))
        .andExpect(content().string(containsString("Serik Abenov")))
        .andExpect(content().string(containsString("id=\"form-acts-form\"")))
        .andExpect(content().string(containsString("id=\"istanbul-link\"")));
  }

  @Test
  void readersWithoutTheRightToChangeSeeNoForms() throws Exception {
    var c = complaintWithAct();
    // the prosecutor of the region sees a complaint once it is referred to them
    mvc.perform(
            postJson(
                "monitor",
                "/api/v1/complaints/" + c + "/entries",
                "{\"type\":\"StatusChanged\",\"status\":\"REFERRED_TO_PROSECUTOR\"}"))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(get("/complaints/" + c + "/case-file").with(as("prosecutor")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Electric shock")))
        .andExpect(content().string(not(containsString("id=\"form-acts-form\""))))
        .andExpect(content().string(not(containsString("id=\"istanbul-link\""))));
  }

  @Test
  void aRefusedFormKeepsWhatWasTypedWithTheErrorByTheField() throws Exception {
    var c = newComplaint(complaints);
    mvc.perform(
            post("/complaints/" + c + "/case-file/acts")
                .with(as("monitor"))
                .with(csrf())
                .param("lang", "en")
                .param("actType", "")
                .param("occurredOn", "2026-11-20")
                .param("place", "Typed-Place 7"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("value=\"Typed-Place 7\"")))
        .andExpect(content().string(containsString("id=\"form-acts-actType-err\"")))
        .andExpect(content().string(containsString("is required")));
    assertThat(rows(jdbc, "casefile_act", c)).isZero();
  }

  @Test
  void correctsThroughTheFormAndAsksWhy() throws Exception {
    var c = newComplaint(complaints);
    var act = add(mvc, "monitor", base(c) + "/case-file/acts", act("BEATING"));
    var page = "/complaints/" + c + "/case-file";
    mvc.perform(get(page).param("correct", act).with(as("monitor")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Correct the act (revision 1)")))
        .andExpect(content().string(containsString("/withdrawal")));
    var form =
        post(page + "/acts/" + act + "/corrections")
            .with(as("monitor"))
            .with(csrf())
            .param("lang", "en")
            .param("actType", "THREATS")
            .param("occurredOn", "2026-11-20")
            .param("place", "Corridor");
    mvc.perform(form)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"form-acts-reason-err\"")))
        .andExpect(content().string(containsString("value=\"Corridor\"")));
    mvc.perform(form.param("reason", "the complainant corrected the place"))
        .andExpect(redirectedUrl(page + "#acts"));
    assertThat(rows(jdbc, "casefile_act", c)).isEqualTo(2);
  }

  @Test
  void theIstanbulPageIsForTheExaminerAndHandlersAndPrints() throws Exception {
    var c = complaintWithAct();
    var ip = base(c) + "/istanbul";
    var exam = add(mvc, "monitor", ip + "/examinations", "{\"examiner\":\"doctor\"}");
    add(
        mvc,
        "doctor",
        ip + "/findings",
        """
        {"examination":"%s","findingKind":"PHYSICAL","summary":"Electric burn marks, left wrist",
         "description":"Three round lesions 2 mm"}"""
            .formatted(exam));
    var page = "/complaints/" + c + "/istanbul";
    mvc.perform(get(page).with(as("doctor")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Electric burn marks, left wrist")))
        .andExpect(content().string(containsString("id=\"form-findings-form\"")))
        .andExpect(content().string(containsString("could not have been caused in any way other")));
    mvc.perform(get(page).with(as("monitor")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Electric burn marks, left wrist")))
        .andExpect(content().string(not(containsString("id=\"form-findings-form\""))))
        .andExpect(content().string(containsString("id=\"form-examinations-form\"")));
    mvc.perform(get(page).with(as("prosecutor")).param("lang", "en"))
        .andExpect(refused())
        .andExpect(content().string(not(containsString("Electric burn marks"))));
    mvc.perform(get(page + "/print").with(as("doctor")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Medical report (Istanbul Protocol)")))
        .andExpect(content().string(containsString("Examining doctor’s signature")))
        .andExpect(content().string(containsString("Electric burn marks, left wrist")));
  }

  @Test
  void speaksRussianAndKazakh() throws Exception {
    var c = complaintWithAct();
    mvc.perform(get("/complaints/" + c + "/case-file").with(as("monitor")).param("lang", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Кто, что и в отношении кого сделал")))
        .andExpect(content().string(containsString("Электрошок")));
    mvc.perform(get("/complaints/" + c + "/case-file").with(as("monitor")).param("lang", "kk"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Кім, кімге, не істеді")));
  }
}
