package org.habeas.complaints.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.complaints.casefile.CaseFileFixtures.*;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.complaints.ComplaintIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Istanbul Protocol documentation: the examining doctor writes the medical part, handlers name
 * the doctor and may take the interview, and only they read it (never an administrator).
 */
@IntegrationTest
class IstanbulProtocolTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ComplaintIntake complaints;

  /** A complaint with an act, an examination by the demo doctor and one interpreted finding. */
  record Documented(UUID complaint, String act, String examination, String finding) {}

  Documented documented() throws Exception {
    var c = newComplaint(complaints);
    var ip = base(c) + "/istanbul";
    var act = add(mvc, "monitor", base(c) + "/case-file/acts", act("BEATING"));
    var exam =
        add(
            mvc,
            "monitor",
            ip + "/examinations",
            "{\"examiner\":\"doctor\",\"examinedOn\":\"2026-11-22\",\"place\":\"TDF-1 medical room\"}");
    add(
        mvc,
        "doctor",
        ip + "/conditions",
        """
        {"examination":"%s","consentGiven":true,"consentBy":"the examinee","consentOn":"2026-11-22",
         "inPrivate":false,"othersPresent":"a guard at the door, out of hearing"}"""
            .formatted(exam));
    add(
        mvc,
        "monitor",
        ip + "/interviews",
        """
        {"examination":"%s","circumstances":"Detained at home at 06:00","methods":"Blows with a baton to the soles"}"""
            .formatted(exam));
    var finding =
        add(
            mvc,
            "doctor",
            ip + "/findings",
            """
            {"examination":"%s","findingKind":"PHYSICAL","summary":"Tram-line bruises, left thigh",
             "description":"Two parallel linear bruises 12 cm long, yellow-green"}"""
                .formatted(exam));
    add(
        mvc,
        "doctor",
        ip + "/interpretations",
        "{\"finding\":\"%s\",\"act\":\"%s\",\"level\":\"HIGHLY_CONSISTENT\"}"
            .formatted(finding, act));
    return new Documented(c, act, exam, finding);
  }

  @Test
  void doctorAndMonitorReadTheFindingsAndEachReadIsLogged() throws Exception {
    var d = documented();
    var ip = base(d.complaint()) + "/istanbul";
    for (var user : new String[] {"doctor", "monitor"}) {
      long before = reads(jdbc, d.complaint(), user);
      mvc.perform(getAs(user, ip))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.findings[0].summary").value("Tram-line bruises, left thigh"))
          .andExpect(jsonPath("$.interpretations[0].level").value("HIGHLY_CONSISTENT"))
          .andExpect(jsonPath("$.conditions[0].inPrivate").value(false))
          .andExpect(jsonPath("$.interviews[0].methods").value("Blows with a baton to the soles"));
      assertThat(reads(jdbc, d.complaint(), user)).as(user).isEqualTo(before + 1);
    }
  }

  @Test
  void prosecutorAndLawyerCannotReadTheFindings() throws Exception {
    var d = documented();
    var ip = base(d.complaint()) + "/istanbul";
    mvc.perform(getAs("prosecutor", ip)).andExpect(refused());
    mvc.perform(getAs("lawyer", ip)).andExpect(refused());
    // An administrator sees no detainee data: medical findings least of all.
    mvc.perform(getAs("admin", ip)).andExpect(refused());
    assertThat(reads(jdbc, d.complaint(), "admin")).isZero();
    mvc.perform(getAs("prosecutor", ip + "/findings/" + d.finding() + "/history"))
        .andExpect(refused());
    mvc.perform(getAs("officer", ip)).andExpect(status().isNotFound());
    mvc.perform(getAs("admin", base(UUID.randomUUID()) + "/istanbul"))
        .andExpect(status().isNotFound());
    assertThat(reads(jdbc, d.complaint(), "prosecutor")).isZero();
    mvc.perform(getAs("monitor", base(d.complaint()) + "/case-file"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.examinations").doesNotExist())
        .andExpect(jsonPath("$.findings").doesNotExist())
        .andExpect(jsonPath("$.acts", hasSize(1)));
  }

  @Test
  void onlyTheExaminingDoctorRecordsFindings() throws Exception {
    var d = documented();
    var ip = base(d.complaint()) + "/istanbul";
    var finding =
        """
        {"examination":"%s","findingKind":"PSYCHOLOGICAL","summary":"Nightmares","description":"PTSD symptoms"}"""
            .formatted(d.examination());
    mvc.perform(postJson("monitor", ip + "/findings", finding)).andExpect(status().isForbidden());
    mvc.perform(postJson("admin", ip + "/findings", finding)).andExpect(refused());
    mvc.perform(postJson("prosecutor", ip + "/findings", finding)).andExpect(refused());
    mvc.perform(postJson("doctor", ip + "/examinations", "{\"examiner\":\"doctor\"}"))
        .andExpect(status().isForbidden());
    assertThat(rows(jdbc, "ip_finding", d.complaint())).isEqualTo(1);
    mvc.perform(postJson("doctor", ip + "/findings", finding)).andExpect(status().isCreated());
  }

  @Test
  void aDoctorWhoIsNotTheExaminerSeesNothing() throws Exception {
    var c = newComplaint(complaints);
    mvc.perform(getAs("doctor", base(c) + "/istanbul")).andExpect(refused());
    mvc.perform(
            postJson("monitor", base(c) + "/istanbul/examinations", "{\"examiner\":\"monitor\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("examiner"))
        .andExpect(jsonPath("$.errors[0].code").value("casefile.field.notADoctor"));
  }

  @Test
  void consentAndPrivacyNeedTheirDetails() throws Exception {
    var d = documented();
    mvc.perform(
            postJson(
                "doctor",
                base(d.complaint()) + "/istanbul/conditions",
                "{\"examination\":\"%s\",\"consentGiven\":true,\"inPrivate\":false}"
                    .formatted(d.examination())))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='consentBy')].code")
                .value("casefile.field.consentByNeeded"))
        .andExpect(
            jsonPath("$.errors[?(@.field=='othersPresent')].code")
                .value("casefile.field.othersPresentNeeded"));
    assertThat(rows(jdbc, "ip_conditions", d.complaint())).isEqualTo(1);
  }

  @Test
  void oneInterpretationPerFindingAndActCorrectedNotDuplicated() throws Exception {
    var d = documented();
    var ip = base(d.complaint()) + "/istanbul";
    var body =
        "{\"finding\":\"%s\",\"act\":\"%s\",\"level\":\"TYPICAL\"}".formatted(d.finding(), d.act());
    mvc.perform(postJson("doctor", ip + "/interpretations", body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("casefile.field.pairingExists"));
    var existing =
        jdbc.sql("select item_id from ip_interpretation where complaint_id = ?")
            .param(d.complaint().toString())
            .query(UUID.class)
            .single();
    mvc.perform(
            postJson(
                "doctor",
                ip + "/interpretations/" + existing + "/corrections",
                body.replace("}", ",\"reason\":\"re-examined after 10 days\"}")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.revision").value(2));
    mvc.perform(getAs("doctor", ip))
        .andExpect(jsonPath("$.interpretations", hasSize(1)))
        .andExpect(jsonPath("$.interpretations[0].level").value("TYPICAL"));
  }
}
