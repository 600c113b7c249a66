package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The custody API as other systems use it: open, append, read, and every kind of bad input. */
@IntegrationTest
class CustodyApiTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void opensRecordWithApprehension() throws Exception {
    mvc.perform(
            postJson(
                "officer", "/api/v1/custody-records", apprehendedAt(ASTANA_TDF, minutesAgo(30))))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/api/v1/custody-records/")))
        .andExpect(jsonPath("$.person.name").value("Test Person"))
        .andExpect(jsonPath("$.status").value("open"))
        .andExpect(jsonPath("$.events[0].seq").value(1))
        .andExpect(jsonPath("$.events[0].type").value("Apprehended"))
        .andExpect(jsonPath("$.clock.level").value("green"));
  }

  @Test
  void appendsEventWithSeqAndRecordedAt() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                cellVisitedAt(minutesAgo(5))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.seq").value(2))
        .andExpect(jsonPath("$.type").value("CellVisited"))
        .andExpect(jsonPath("$.recordedAt").isNotEmpty())
        .andExpect(jsonPath("$.lateEntry").value(false));
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
  }

  @Test
  void rejectsEventAfterReleaseAndStoresNothing() throws Exception {
    var id = openRecord(mvc);
    var events = "/api/v1/custody-records/" + id + "/events";
    mvc.perform(postJson("officer", events, releasedAt(minutesAgo(20))))
        .andExpect(status().isCreated());
    mvc.perform(postJson("officer", events, cellVisitedAt(minutesAgo(10))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.rule").value("record.out-of-order"))
        .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
  }

  @Test
  void flagsLateEntryTypedUpMoreThanAnHourAfter() throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    apprehendedAt(ASTANA_TDF, minutesAgo(180))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    var events = "/api/v1/custody-records/" + id + "/events";
    mvc.perform(postJson("officer", events, cellVisitedAt(minutesAgo(120))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lateEntry").value(true));
    mvc.perform(postJson("officer", events, cellVisitedAt(minutesAgo(5))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lateEntry").value(false));
  }

  @Test
  void rejectsMalformedJson() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(postJson("officer", "/api/v1/custody-records/" + id + "/events", "{\"type\":"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:habeas:problem:problem.malformedJson"));
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  @Test
  void rejectsUnknownEventTypeNamingTheField() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                "{\"type\":\"Teleported\",\"occurredAt\":\"" + minutesAgo(1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("Teleported")));
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  @Test
  void rejectsMissingFieldNamingIt() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                "{\"type\":\"CellVisited\",\"occurredAt\":\"" + minutesAgo(1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("by"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  @Test
  void rejectsMissingNestedFieldOnOpening() throws Exception {
    var before = jdbc.sql("select count(*) from custody_record").query(Long.class).single();
    var body =
        apprehendedAt(ASTANA_TDF, minutesAgo(3)).replace("\"birthDate\":\"1990-04-01\",", "");
    mvc.perform(postJson("officer", "/api/v1/custody-records", body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("person.birthDate"));
    assertThat(jdbc.sql("select count(*) from custody_record").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void rejectsWrongTypedField() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                "{\"type\":\"CellVisited\",\"occurredAt\":\"yesterday\",\"by\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
        .andExpect(jsonPath("$.errors[0].code").value("field.wrongType"));
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  @Test
  void rejectsEventInTheFuture() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/" + id + "/events",
                cellVisitedAt(org.habeas.TestClock.now().plusSeconds(600).toString())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("record.future-event"))
        .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  // --- issue 14, findings 8 and 9: dates a record can hold ---------------------------------------

  @Test
  void refusesAnExtensionUntilTheYear999999999ByTheFieldAndTheRecordStillShows() throws Exception {
    var id = openRecord(mvc);
    var extension =
        """
        {"type":"DetentionExtended","occurredAt":"%s","until":"+999999999-12-31T23:59:59Z",
         "authorisedBy":"Prosecutor Abenov","rank":"senior counsellor","grounds":"exceptional"}"""
            .formatted(minutesAgo(30));

    mvc.perform(postJson("officer", "/api/v1/custody-records/" + id + "/events", extension))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("record.out-of-bounds"))
        .andExpect(jsonPath("$.errors[0].field").value("until"))
        .andExpect(jsonPath("$.errors[0].code").value("custody.rule.extension-too-long"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("14 days")));
    mvc.perform(postIn("ru", "officer", "/api/v1/custody-records/" + id + "/events", extension))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("Продление")));

    assertThat(eventCount(jdbc, id)).isEqualTo(1);
    mvc.perform(getAs("officer", "/api/v1/custody-records/" + id)).andExpect(status().isOk());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/custody/" + id)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("officer")
                        .password(PASSWORD)))
        .andExpect(status().isOk());
  }

  @Test
  void refusesABirthDateInTheFutureByTheFieldInTheCallersLanguage() throws Exception {
    var unborn =
        apprehendedAt(ASTANA_TDF, minutesAgo(60)).replace("\"1990-04-01\"", "\"2999-01-01\"");

    mvc.perform(postIn("kk", "officer", "/api/v1/custody-records", unborn))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("record.out-of-bounds"))
        .andExpect(jsonPath("$.errors[0].field").value("person.birthDate"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("туған күні")));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postIn(
      String language, String user, String path, String body) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
        .with(
            org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(user, PASSWORD))
        .header("Accept-Language", language)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  void answersNotFoundForUnknownRecord() throws Exception {
    mvc.perform(
            postJson(
                "officer",
                "/api/v1/custody-records/no-such-record/events",
                cellVisitedAt(minutesAgo(1))))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
  }

  @Test
  void refusesFacilityTheUserMayNotTouch() throws Exception {
    var before = jdbc.sql("select count(*) from custody_record").query(Long.class).single();
    mvc.perform(
            postJson(
                "officer-ew", "/api/v1/custody-records", apprehendedAt(ASTANA_TDF, minutesAgo(5))))
        .andExpect(status().isForbidden());
    var id = openRecord(mvc);
    mvc.perform(
            postJson(
                "officer-ew",
                "/api/v1/custody-records/" + id + "/events",
                cellVisitedAt(minutesAgo(1))))
        .andExpect(status().isNotFound());
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from custody_record").query(Long.class).single())
        .isEqualTo(before + 1);
  }

  @Test
  void refusesOversizedBody() throws Exception {
    var id = openRecord(mvc);
    var huge = "{\"type\":\"CellVisited\",\"by\":\"" + "x".repeat(300_000) + "\"}";
    mvc.perform(postJson("officer", "/api/v1/custody-records/" + id + "/events", huge))
        .andExpect(status().isPayloadTooLarge());
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  @Test
  void refusesUnknownFacility() throws Exception {
    mvc.perform(
            postJson("officer", "/api/v1/custody-records", apprehendedAt("nowhere", minutesAgo(5))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("facilityId"));
  }

  @Test
  void requiresSignIn() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/api/v1/custody-records"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")));
  }

  @Test
  void aRegistrationInTheErdrNeedsItsNumberAndARefusalItsReasonInTheCallersLanguage()
      throws Exception {
    var id = openRecord(mvc);
    var path = "/api/v1/custody-records/" + id + "/events";
    var refusal =
        "{\"type\":\"ReportRegistered\",\"occurredAt\":\""
            + minutesAgo(1)
            + "\",\"outcome\":\"refused\",\"decidedBy\":\"D. Omarov\"}";
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("prosecutor", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "kk")
                .content(refusal))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("refusalReason"))
        .andExpect(
            jsonPath("$.errors[0].message").value("тіркеуден бас тартылса, толтыру міндетті"));
    var registration =
        "{\"type\":\"ReportRegistered\",\"occurredAt\":\""
            + minutesAgo(1)
            + "\",\"outcome\":\"registered\",\"decidedBy\":\"D. Omarov\"}";
    mvc.perform(postJson("prosecutor", path, registration))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("erdrNumber"))
        .andExpect(
            jsonPath("$.errors[0].message").value("is required when the report is registered"));
    assertThat(eventCount(jdbc, id)).isEqualTo(1);

    var numbered = registration.replace("}", ",\"erdrNumber\":\"261500031000123\"}");
    // The facility does not record whether a report, perhaps of its own staff, was registered.
    mvc.perform(postJson("officer", path, numbered)).andExpect(status().is4xxClientError());
    mvc.perform(postJson("prosecutor", path, numbered)).andExpect(status().is2xxSuccessful());
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
  }

  @Test
  void answersInTheCallersLanguage() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/custody-records/" + id + "/events")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("officer", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "ru")
                .content("{\"type\":\"CellVisited\",\"occurredAt\":\"" + minutesAgo(1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("by"))
        .andExpect(jsonPath("$.errors[0].message").value("обязательное поле"));
  }

  @Test
  void listsRecordsPaged() throws Exception {
    openRecord(mvc);
    mvc.perform(getAs("officer", "/api/v1/custody-records?facility=kz-ast-tdf1&status=open&size=5"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(5)))
        .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
    mvc.perform(getAs("officer", "/api/v1/custody-records?size=500"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void describesTheApiInOpenApi() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/custody-records/{id}/events']").exists());
  }

  @Test
  void rejectsNonJsonBody() throws Exception {
    var id = openRecord(mvc);
    mvc.perform(
            postJson("officer", "/api/v1/custody-records/" + id + "/events", "by=x")
                .contentType(MediaType.TEXT_PLAIN))
        .andExpect(status().isUnsupportedMediaType());
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }
}
