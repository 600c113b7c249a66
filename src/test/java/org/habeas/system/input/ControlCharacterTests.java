package org.habeas.system.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.habeas.IntegrationTest;
import org.habeas.Publications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A control character (NUL above all: PostgreSQL cannot store it) is refused wherever text comes
 * in, named by its field in the caller's language, and nothing is stored: JSON bodies of every API,
 * query parameters, forms. Before, an {@code AllegationMade} with NUL was acknowledged and its
 * complaint silently lost on PostgreSQL, and recommendations, staff intake, complaint search and
 * {@code CellVisited} answered 500.
 */
@IntegrationTest
class ControlCharacterTests {

  private static final String PASSWORD = "habeas-demo";
  private static final String NUL = "\\u0000";
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private String ago(long minutes) {
    return clock.instant().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS) + "";
  }

  private static MockHttpServletRequestBuilder postJson(String user, String path, String body) {
    return post(path)
        .with(httpBasic(user, PASSWORD))
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private static RequestPostProcessor fromFreshAddress() {
    int n = ADDRESSES.getAndIncrement();
    return r -> {
      r.setRemoteAddr("10.66." + (n / 250) + "." + (n % 250 + 1));
      return r;
    };
  }

  private String openRecord() throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    """
                    {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
                     "person":{"name":"Асқар Нұрланов","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
                     "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
                    """
                        .formatted(ago(90))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private long count(String sql, Object... params) {
    var q = jdbc.sql(sql);
    for (var p : params) {
      q = q.param(p);
    }
    return q.query(Long.class).single();
  }

  private long events(String record) {
    return count("select count(*) from custody_event where record_id = ?", record);
  }

  private long complaintsOf(String record) {
    return count("select count(*) from complaint where custody_record_id = ?", record);
  }

  private long complaintRows() {
    return count("select count(*) from complaint") + count("select count(*) from complaint_entry");
  }

  @Test
  void anAllegationWithNulIsRefusedByItsFieldAndNeitherEventNorComplaintIsStored()
      throws Exception {
    var record = openRecord();
    long before = events(record);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                """
                {"type":"AllegationMade","occurredAt":"%s","against":"arresting officers",
                 "description":"kicked in the van%s"}"""
                    .formatted(ago(30), NUL)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("description"))
        .andExpect(jsonPath("$.errors[0].code").value("field.controlCharacter"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("control character")));
    assertThat(events(record)).isEqualTo(before);
    assertThat(complaintsOf(record)).isZero();
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                """
                {"type":"AllegationMade","occurredAt":"%s","against":"конвой%s",
                 "description":"избили"}"""
                    .formatted(ago(30), NUL)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("against"));
    // The same allegation without it is taken, and raises its complaint.
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                """
                {"type":"AllegationMade","occurredAt":"%s","against":"arresting officers",
                 "description":"kicked in the van\\nand at the desk"}"""
                    .formatted(ago(30))))
        .andExpect(status().isCreated());
    Publications.awaitCompleted(jdbc);
    assertThat(complaintsOf(record)).isEqualTo(1);
  }

  @Test
  void aCellVisitWithNulOrOtherControlCharactersIsRefused() throws Exception {
    var record = openRecord();
    long before = events(record);
    for (var bad : new String[] {NUL, "\\u001b[31m", "\\u007f", "\\u0085", "\\ud800"}) {
      mvc.perform(
              postJson(
                  "officer",
                  "/api/v1/custody-records/" + record + "/events",
                  """
                  {"type":"CellVisited","occurredAt":"%s","by":"Sgt. Omarov%s"}"""
                      .formatted(ago(20), bad)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("by"))
          .andExpect(jsonPath("$.errors[0].code").value("field.controlCharacter"));
    }
    assertThat(events(record)).isEqualTo(before);
  }

  @Test
  void aNumberIsNotABooleanNorATextNorIsAStringANumber() throws Exception {
    var record = openRecord();
    long before = events(record);
    for (var body :
        new String[] {
          "{\"type\":\"CellVisited\",\"occurredAt\":\"%s\",\"by\":\"Sgt. Omarov\",\"intoxicated\":1}",
          "{\"type\":\"CellVisited\",\"occurredAt\":\"%s\",\"by\":\"Sgt. Omarov\",\"intoxicated\":\"true\"}",
          "{\"type\":\"CellVisited\",\"occurredAt\":\"%s\",\"by\":12}"
        }) {
      var field = body.contains("intoxicated") ? "intoxicated" : "by";
      mvc.perform(
              postJson(
                  "officer",
                  "/api/v1/custody-records/" + record + "/events",
                  body.formatted(ago(20))))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value(field))
          .andExpect(jsonPath("$.errors[0].code").value("field.wrongType"))
          .andExpect(jsonPath("$.errors[0].message").value("has the wrong type or format"));
    }
    assertThat(events(record)).isEqualTo(before);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + record + "/events",
                "{\"type\":\"CellVisited\",\"occurredAt\":\"%s\",\"by\":\"Sgt. Omarov\",\"intoxicated\":true}"
                    .formatted(ago(20))))
        .andExpect(status().isCreated());
  }

  @Test
  void thePublicApiRefusesNulAndKeepsTextInNfc() throws Exception {
    long before = complaintRows();
    mvc.perform(
            post("/api/v1/complaints")
                .with(fromFreshAddress())
                .header("Accept-Language", "kk")
                .contentType(MediaType.APPLICATION_JSON)
                .content(intake("beaten" + NUL)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("narrative"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("басқару таңбасы")));
    assertThat(complaintRows()).isEqualTo(before);
    // "й" typed as и + combining breve is kept as the one character.
    var marker = "nfc" + UUID.randomUUID().toString().substring(0, 8);
    var body =
        mvc.perform(
                post("/api/v1/complaints")
                    .with(fromFreshAddress())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(intake(marker + " бойынша и\\u0306")))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String reference = JsonPath.read(body, "$.reference");
    assertThat(
            jdbc.sql("select narrative from complaint where reference = ?")
                .param(reference)
                .query(String.class)
                .single())
        .isEqualTo(marker + " бойынша й");
  }

  private static String intake(String narrative) {
    return """
        {"complainantRole":"RELATIVE","complainantName":"Айгүл Серікова","victimName":"Серік Әбенов",
         "contactPreference":"NONE","narrative":"%s","facilityId":"kz-ast-tdf1","stillHeld":true}
        """
        .formatted(narrative);
  }

  @Test
  void theComplaintSearchRefusesNulOnTheApiAndThePage() throws Exception {
    mvc.perform(
            get("/api/v1/complaints")
                .param("q", "beat\u0000en")
                .with(httpBasic("monitor", PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"))
        .andExpect(jsonPath("$.errors[0].code").value("field.controlCharacter"));
    mvc.perform(
            get("/complaints")
                .param("q", "beat\u0000en")
                .with(user("monitor").password(PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Remove it from: q")));
    mvc.perform(
            get("/api/v1/complaints")
                .param("q", "beaten")
                .with(httpBasic("monitor", PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk());
  }

  @Test
  void staffIntakeComesBackWithTheErrorByTheFieldAndWhatWasTyped() throws Exception {
    long before = complaintRows();
    var typed = "Kept after the error " + UUID.randomUUID();
    mvc.perform(
            multipart("/complaints/intake")
                .with(user("monitor").password(PASSWORD))
                .with(csrf())
                .param("complainantRole", "VICTIM")
                .param("complainantName", "Ерлан\u0000 Жақсылықов")
                .param("contactPreference", "NONE")
                .param("narrative", typed)
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"error-complainantName\"")))
        .andExpect(content().string(containsString("control character")))
        .andExpect(content().string(containsString(typed)));
    assertThat(complaintRows()).isEqualTo(before);
  }

  @Test
  void thePublicFormComesBackWithTheErrorByTheFieldAndWhatWasTyped() throws Exception {
    long before = complaintRows();
    var typed = "Kept after the error " + UUID.randomUUID();
    mvc.perform(
            multipart("/complaints/new")
                .with(fromFreshAddress())
                .with(csrf())
                .param("complainantRole", "VICTIM")
                .param("contactPreference", "NONE")
                .param("narrative", typed + "\u000c")
                .header("Accept-Language", "ru"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"error-narrative\"")))
        .andExpect(content().string(containsString("управляющий символ")))
        .andExpect(content().string(containsString(typed)));
    assertThat(complaintRows()).isEqualTo(before);
  }

  @Test
  void aNoteOrAReasonWithNulIsRefusedOnTheComplaintsApi() throws Exception {
    var lodged =
        mvc.perform(
                post("/api/v1/complaints")
                    .with(fromFreshAddress())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(intake("note " + UUID.randomUUID())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String reference = JsonPath.read(lodged, "$.reference");
    var id =
        jdbc.sql("select id from complaint where reference = ?")
            .param(reference)
            .query(String.class)
            .single();
    long entries = count("select count(*) from complaint_entry where complaint_id = ?", id);
    mvc.perform(
            postJson(
                "monitor",
                "/api/v1/complaints/" + id + "/entries",
                "{\"type\":\"Triaged\",\"category\":\"TORTURE\",\"note\":\"x" + NUL + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    // A header with a control character is refused before anything runs (Spring Security's
    // firewall); Complaints.view refuses such a reason too, whatever the door.
    long reads = count("select count(*) from personal_data_read where record_id = ?", id);
    mvc.perform(
            get("/api/v1/complaints/" + id)
                .with(httpBasic("monitor", PASSWORD))
                .header("X-Habeas-Reason", "case review\u0000")
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest());
    assertThat(count("select count(*) from personal_data_read where record_id = ?", id))
        .isEqualTo(reads);
    assertThat(count("select count(*) from complaint_entry where complaint_id = ?", id))
        .isEqualTo(entries);
  }

  @Test
  void recommendationsRefuseNulOnTheApiAndComeBackOnTheForm() throws Exception {
    long before = count("select count(*) from mon_recommendation");
    var body =
        """
        {"source":"commission","agency":"interior","theme":"video","textEn":"Install cameras%s",
         "issuedOn":"2026-01-15"}"""
            .formatted(NUL);
    mvc.perform(postJson("monitor", "/api/v1/recommendations", body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("textEn"))
        .andExpect(jsonPath("$.errors[0].code").value("field.controlCharacter"));
    mvc.perform(
            post("/monitoring/recommendations")
                .with(user("monitor").password(PASSWORD))
                .with(csrf())
                .param("source", "commission")
                .param("agency", "interior")
                .param("theme", "video")
                .param("textEn", "Install cameras in room 3")
                .param("textRu", "Установить\u0000 камеры")
                .param("issuedOn", "2026-01-15")
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("control character")))
        .andExpect(content().string(containsString("Install cameras in room 3")));
    mvc.perform(
            get("/api/v1/recommendations")
                .param("theme", "video\u0000")
                .with(httpBasic("monitor", PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("theme"));
    assertThat(count("select count(*) from mon_recommendation")).isEqualTo(before);
  }
}
