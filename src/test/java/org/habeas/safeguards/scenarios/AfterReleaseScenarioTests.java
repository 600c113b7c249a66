package org.habeas.safeguards.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.habeas.TestClock;
import org.habeas.safeguards.alerts.AlertSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, item 3, through the API: released at "18:00", a hospital finds injuries three hours
 * later. The facility's doctor records them after the release (201, marked "afterRelease"), the
 * lawyer records the allegation (a complaint is raised), the duty to report to the prosecutor is
 * breached and alerted when nobody reported, and met when the prosecutor was told; an arrival after
 * the release is refused with 422 naming what may follow a release.
 */
@IntegrationTest
class AfterReleaseScenarioTests {

  private static final String PASSWORD = "habeas-demo";
  private static final String REPORTED = "kz.ill-treatment-reported-24h";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AlertSweep sweep;

  @Test
  void anInjuryAndAnAllegationAfterReleaseAreRecordedMarkedComplainedOfAndAlerted()
      throws Exception {
    var released = ago(Duration.ofHours(50));
    var record = heldAndReleasedAt(released);

    var injury =
        append(
            "doctor",
            record,
            """
            {"type":"InjuryRecorded","occurredAt":"%s","description":"bruises on both wrists",
             "recordedBy":"Dr. Omarova, city hospital 2"}"""
                .formatted(released.plus(Duration.ofHours(3))));
    assertThat(injury.getStatus()).as(injury.getContentAsString()).isEqualTo(201);
    var allegation =
        append(
            "lawyer",
            record,
            """
            {"type":"AllegationMade","occurredAt":"%s","against":"officers of the TDF",
             "description":"beaten in the cell before the release"}"""
                .formatted(released.plus(Duration.ofHours(5))));
    assertThat(allegation.getStatus()).as(allegation.getContentAsString()).isEqualTo(201);
    int allegationSeq = JsonPath.read(allegation.getContentAsString(), "$.seq");

    var json = get("officer", "/api/v1/custody-records/" + record);
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("closed");
    List<String> after = JsonPath.read(json, "$.events[?(@.afterRelease == true)].type");
    assertThat(after).containsExactly("InjuryRecorded", "AllegationMade");
    List<String> before = JsonPath.read(json, "$.events[?(@.afterRelease == false)].type");
    assertThat(before).contains("Apprehended", "Released");

    // The allegation raised its complaint, as one made in custody does.
    Publications.awaitCompleted(jdbc);
    assertThat(
            jdbc.sql(
                    "select count(*) from complaint where custody_record_id = ? and custody_seq = ?")
                .params(record, allegationSeq)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // Nobody told the prosecutor within 24 hours: breached, and alerted.
    sweep.sweep();
    assertThat(obligations(record, REPORTED)).containsExactly("BREACHED", "BREACHED");
    assertThat(
            jdbc.sql(
                    "select count(*) from alert where record_id = ? and rule_id = ? and kind ="
                        + " 'BREACHED'")
                .params(record, REPORTED)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);

    // Anything else after the release is refused, naming what may follow it.
    var arrival =
        append(
            "officer",
            record,
            """
            {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"kz-ast-tdf1"}"""
                .formatted(released.plus(Duration.ofHours(6))));
    assertThat(arrival.getStatus()).isEqualTo(422);
    var problem = arrival.getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonPath.<String>read(problem, "$.errors[0].code"))
        .isEqualTo("custody.rule.after-release");
    assertThat(JsonPath.<String>read(problem, "$.errors[0].message"))
        .contains("After a release only these can be recorded", "“Injury recorded”");
    var russian =
        mvc.perform(
                post("/api/v1/custody-records/" + record + "/events")
                    .with(httpBasic("officer", PASSWORD))
                    .header("Accept-Language", "ru")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"CellVisited","occurredAt":"%s","by":"Sgt. Omarov"}"""
                            .formatted(released.plus(Duration.ofHours(6)))))
            .andReturn()
            .getResponse();
    assertThat(russian.getStatus()).isEqualTo(422);
    assertThat(
            JsonPath.<String>read(
                russian.getContentAsString(StandardCharsets.UTF_8), "$.errors[0].message"))
        .contains("После освобождения можно внести только: «Заявление о жестоком обращении»");

    // The record page and its print show the mark.
    var page = page("officer", "/custody/" + record);
    assertThat(page.split("class=\"badge after-release\"", -1)).hasSize(3);
    assertThat(page("officer", "/custody/" + record + "/print")).contains(" · after release");
  }

  @Test
  void anInjuryAfterReleaseReportedToTheProsecutorInTimeIsMet() throws Exception {
    var released = ago(Duration.ofHours(50));
    var record = heldAndReleasedAt(released);
    var injury =
        append(
            "doctor",
            record,
            """
            {"type":"InjuryRecorded","occurredAt":"%s","description":"bruises on both wrists",
             "recordedBy":"Dr. Omarova, city hospital 2"}"""
                .formatted(released.plus(Duration.ofHours(3))));
    assertThat(injury.getStatus()).as(injury.getContentAsString()).isEqualTo(201);
    var report =
        append(
            "prosecutor",
            record,
            """
            {"type":"ProsecutorNotified","occurredAt":"%s","notifiedParty":"Astana city prosecutor",
             "means":"in writing","about":"ill-treatment"}"""
                .formatted(released.plus(Duration.ofHours(10))));
    assertThat(report.getStatus()).as(report.getContentAsString()).isEqualTo(201);

    sweep.sweep();

    assertThat(obligations(record, REPORTED)).containsExactly("MET");
    assertThat(
            jdbc.sql("select count(*) from alert where record_id = ? and rule_id = ?")
                .params(record, REPORTED)
                .query(Long.class)
                .single())
        .isZero();
  }

  /** A kz record at the Astana TDF, the lawyer notified, released at {@code releasedAt}. */
  private String heldAndReleasedAt(Instant releasedAt) throws Exception {
    var apprehended = releasedAt.minus(Duration.ofHours(8));
    var opened =
        mvc.perform(
                post("/api/v1/custody-records")
                    .with(httpBasic("officer", PASSWORD))
                    .header("Accept-Language", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
                         "person":{"name":"Arman After-Releasov","birthDate":"1988-06-01","citizenship":"KZ","language":"kk"},
                         "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
                        """
                            .formatted(apprehended)))
            .andReturn()
            .getResponse();
    assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
    String record = JsonPath.read(opened.getContentAsString(), "$.id");
    for (var body :
        List.of(
            """
            {"type":"ArrivedAtFacility","occurredAt":"%s","facilityId":"kz-ast-tdf1"}"""
                .formatted(apprehended.plus(Duration.ofMinutes(30))),
            """
            {"type":"LawyerNotified","occurredAt":"%s","lawyer":"Gulnara Tasheva"}"""
                .formatted(apprehended.plus(Duration.ofMinutes(40))),
            """
            {"type":"Released","occurredAt":"%s","grounds":"no grounds to hold"}"""
                .formatted(releasedAt))) {
      var r = append("officer", record, body);
      assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
    }
    return record;
  }

  private List<String> obligations(String record, String rule) throws Exception {
    var body = get("monitor", "/api/v1/custody-records/" + record + "/obligations");
    return JsonPath.read(body, "$[?(@.ruleId == '" + rule + "')].status");
  }

  private MockHttpServletResponse append(String user, String record, String body) throws Exception {
    return mvc.perform(
            post("/api/v1/custody-records/" + record + "/events")
                .with(httpBasic(user, PASSWORD))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn()
        .getResponse();
  }

  private String get(String user, String path) throws Exception {
    var response =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                    .with(httpBasic(user, PASSWORD))
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private String page(String user, String path) throws Exception {
    var response =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.user(user)
                            .password(PASSWORD))
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private static Instant ago(Duration d) {
    return TestClock.now().minus(d).truncatedTo(ChronoUnit.MINUTES);
  }
}
