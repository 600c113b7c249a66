package org.habeas.detentionreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.complaints.IntakeLimits;
import org.habeas.complaints.IntakeLimits.Door;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports of a detention, whole: reported through the public API, matched when the person's custody
 * record is opened (in time, or late with how late), and, when no record comes within the kz
 * registration limit (3 h), alerted to the region's prosecutor and the monitors and complained of,
 * exactly once however many sweeps run. Each test reports a person of its own.
 */
@IntegrationTest
class DetentionReportTests {

  private static final String PASSWORD = "habeas-demo";
  private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
  private static final String FACILITY = "kz-ast-tdf1";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired UnacknowledgedSweep sweep;
  @Autowired IntakeLimits limits;

  /**
   * A person no other test or demo record names: five letters from a random id, each hex digit
   * spelled as a letter (a UUID may hold fewer than five of the letters a to f).
   */
  private final String person = "Ерлан Тестов " + letters(UUID.randomUUID());

  private static String letters(UUID id) {
    var out = new StringBuilder();
    for (char c : id.toString().replace("-", "").substring(0, 5).toCharArray()) {
      out.append((char) ('a' + Character.digit(c, 16)));
    }
    return out.toString();
  }

  // --- fixtures ------------------------------------------------------------------------------

  private String reportJson(Instant since) {
    return """
        {"personName":"%s","birthDate":"1990-05-05","facilityId":"%s","since":"%s",
         "account":"Taken from home by three officers in plain clothes.",
         "reporterRelation":"RELATIVE","reporterName":"Айгүл","reporterContact":"+7 701 000 0000"}
        """
        .formatted(person, FACILITY, local(since));
  }

  private static String local(Instant at) {
    return LocalDateTime.ofInstant(at, ASTANA).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** Reports the person held since {@code since}; returns the code. */
  private String reported(Instant since) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/detention-reports")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", "en")
                    .content(reportJson(since)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("DR-")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.code");
  }

  private UUID idOf(String code) {
    return UUID.fromString(
        jdbc.sql("select id from detention_report where reference_hash = ?")
            .param(DetentionReports.hash(code))
            .query(String.class)
            .single());
  }

  /** The officer of the Astana facility opens the person's record; returns its id. */
  private String recordOpened(Instant apprehendedAt) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/custody-records")
                    .with(httpBasic("officer", PASSWORD))
                    .header("Accept-Language", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                         "person":{"name":"%s","birthDate":"1990-05-05","citizenship":"KZ"},
                         "grounds":"caught in the act","jurisdiction":"kz"}
                        """
                            .formatted(
                                apprehendedAt.truncatedTo(ChronoUnit.SECONDS), FACILITY, person)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private String state(String code) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/detention-reports/status")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"" + code + "\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.state");
  }

  private List<String> steps(UUID id) {
    return jdbc.sql("select type from detention_report_event where stream_id = ? order by seq")
        .param(id.toString())
        .query(String.class)
        .list();
  }

  private long alertsOf(UUID id) {
    return jdbc.sql("select count(*) from alert where record_id = ?")
        .param(id.toString())
        .query(Long.class)
        .single();
  }

  // --- tests ---------------------------------------------------------------------------------

  @Test
  void aRecordOpenedInTimeIsLinkedBothWaysAndNothingIsAlerted() throws Exception {
    var now = clock.instant();
    var code = reported(now.minus(Duration.ofHours(1)));
    var id = idOf(code);
    assertThat(state(code)).isEqualTo("AWAITING_RECORD");

    var record = recordOpened(now.minus(Duration.ofHours(1)));

    // Matched after the record's commit, on the matcher's own thread.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> steps(id).contains("detention-report.RecordMatched"));
    assertThat(state(code)).isEqualTo("OPENED_IN_TIME");
    assertThat(steps(id))
        .containsExactly("detention-report.Reported", "detention-report.RecordMatched");
    sweep.sweep(now.plus(Duration.ofHours(5)));
    assertThat(alertsOf(id)).isZero();
    var pseudonym = DetentionReports.pseudonym(id);
    mvc.perform(get("/custody/" + record).with(user("prosecutor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"detention-reports\"")))
        .andExpect(content().string(containsString(pseudonym)));
    mvc.perform(get("/detention-reports/" + id).with(user("prosecutor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(person)))
        .andExpect(content().string(containsString("/custody/" + record)))
        .andExpect(content().string(containsString("data-state=\"OPENED_IN_TIME\"")));
  }

  @Test
  void noRecordWithinTheLimitAlertsAndComplainsExactlyOnceThenALateRecordShowsHowLate()
      throws Exception {
    var now = clock.instant();
    // Held since four hours ago: the 3 h limit passed an hour before the report, so it is due now.
    var code = reported(now.minus(Duration.ofHours(4)));
    var id = idOf(code);

    sweep.sweep(now.plus(Duration.ofMinutes(1)));
    sweep.sweep(now.plus(Duration.ofMinutes(2)));

    assertThat(state(code)).isEqualTo("ALERTED");
    assertThat(alertsOf(id)).isEqualTo(1);
    assertThat(
            jdbc.sql("select region_code from alert where record_id = ?")
                .param(id.toString())
                .query(String.class)
                .single())
        .isEqualTo("ast");
    assertThat(steps(id))
        .containsExactly(
            "detention-report.Reported",
            "detention-report.Alerted",
            "detention-report.ComplaintRaised");
    assertThat(
            jdbc.sql(
                    "select count(*) from complaint where source = 'DETENTION_REPORT' and"
                        + " victim_name = ?")
                .param(person)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    var record = recordOpened(now.minus(Duration.ofHours(4)));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> steps(id).contains("detention-report.RecordMatched"));
    assertThat(state(code)).isEqualTo("OPENED_LATE");
    mvc.perform(get("/detention-reports/" + id).with(user("monitor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/custody/" + record)))
        .andExpect(content().string(containsString("after the time limit")))
        .andExpect(content().string(containsString("Complaint of unlawful detention")));
    mvc.perform(get("/custody/" + record).with(user("monitor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(DetentionReports.pseudonym(id))))
        .andExpect(content().string(containsString("after the time limit")));
    sweep.sweep(now.plus(Duration.ofHours(1)));
    assertThat(alertsOf(id)).isEqualTo(1);
  }

  @Test
  void theStaffListIsForTheRegionsProsecutorAndMonitorsOnly() throws Exception {
    var code = reported(clock.instant().minus(Duration.ofMinutes(30)));
    var id = idOf(code);
    mvc.perform(get("/detention-reports").with(user("prosecutor").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(DetentionReports.pseudonym(id))))
        .andExpect(content().string(not(containsString(person))));
    mvc.perform(get("/detention-reports").with(user("officer").password(PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/detention-reports/" + id).with(user("officer").password(PASSWORD)))
        .andExpect(status().isNotFound());
    long reads =
        jdbc.sql("select count(*) from personal_data_read where record_id = ?")
            .param(id.toString())
            .query(Long.class)
            .single();
    mvc.perform(get("/detention-reports/" + id).with(user("monitor").password(PASSWORD)))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql("select count(*) from personal_data_read where record_id = ?")
                .param(id.toString())
                .query(Long.class)
                .single())
        .isEqualTo(reads + 1);
  }

  @Test
  void everyProblemIsNamedAtOnceAndNothingIsStored() throws Exception {
    long before = jdbc.sql("select count(*) from detention_report").query(Long.class).single();
    mvc.perform(
            post("/api/v1/detention-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(
                    """
                    {"personName":"","birthDate":"2999-01-01","nationalId":"12ab",
                     "since":"+999999999-01-01T00:00","account":"",
                     "reporterRelation":"RELATIVE"}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'personName')].code").value("field.NotBlank"))
        .andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].code").value("field.Past"))
        .andExpect(jsonPath("$.errors[?(@.field == 'nationalId')].code").value("field.Pattern"))
        .andExpect(jsonPath("$.errors[?(@.field == 'since')].code").value("field.PastOrPresent"))
        .andExpect(jsonPath("$.errors[?(@.field == 'account')].code").value("field.NotBlank"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'place')].code")
                .value("detentionReport.placeOrFacility"))
        .andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].code").value("field.NotBlank"));
    mvc.perform(
            post("/api/v1/detention-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(reportJson(clock.instant()).replace("Тестов", "Тес\\u0000тов")))
        .andExpect(status().is4xxClientError());
    assertThat(jdbc.sql("select count(*) from detention_report").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void thePublicFormKeepsWhatWasTypedAndNamesEachField() throws Exception {
    mvc.perform(
            post("/detention-reports/new")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .header("Accept-Language", "ru")
                .param("personName", person)
                .param("birthDate", "1990-05-05")
                .param("since", "not a time")
                .param("account", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"error-since\"")))
        .andExpect(content().string(containsString("id=\"error-account\"")))
        .andExpect(content().string(containsString("id=\"error-reporterRelation\"")))
        .andExpect(content().string(containsString("value=\"" + person + "\"")));
    var made =
        mvc.perform(
                post("/detention-reports/new")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .param("personName", person)
                    .param("birthDate", "1990-05-05")
                    .param("regionCode", "alm")
                    .param("place", "Unit 5, Almaty")
                    .param("since", local(clock.instant().minus(Duration.ofMinutes(20))))
                    .param("account", "seen being taken away")
                    .param("reporterRelation", "WITNESS"))
            .andExpect(status().is3xxRedirection())
            .andExpect(header().string("Location", "/detention-reports/made"))
            .andReturn();
    var code = (String) made.getFlashMap().get("code");
    assertThat(code).startsWith("DR-").hasSize(26);
    assertThat(made.getResponse().getHeader("Location")).doesNotContain(code);
  }

  @Test
  void overThePublicIntakesLimitTheAnswerIs429WithRetryAfter() throws Exception {
    limits.limit(Door.LODGE, 1, 1000);
    try {
      reported(clock.instant().minus(Duration.ofMinutes(10)));
      mvc.perform(
              post("/api/v1/detention-reports")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(reportJson(clock.instant().minus(Duration.ofMinutes(10)))))
          .andExpect(status().isTooManyRequests())
          .andExpect(header().exists("Retry-After"));
    } finally {
      limits.restore();
    }
  }
}
