package org.habeas.custody.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.temporal.ChronoUnit;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Named fixtures for the custody API tests. */
final class CustodyApiFixtures {

  static final String PASSWORD = "habeas-demo";
  static final String ASTANA_TDF = "kz-ast-tdf1";

  private CustodyApiFixtures() {}

  static String minutesAgo(long minutes) {
    return org.habeas.TestClock.now()
        .minus(minutes, ChronoUnit.MINUTES)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  static String apprehendedAt(String facility, String occurredAt) {
    return """
        {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
         "person":{"name":"Test Person","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
         "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
        """
        .formatted(occurredAt, facility);
  }

  static String cellVisitedAt(String occurredAt) {
    return """
        {"type":"CellVisited","occurredAt":"%s","by":"Sgt. Omarov"}"""
        .formatted(occurredAt);
  }

  static String releasedAt(String occurredAt) {
    return """
        {"type":"Released","occurredAt":"%s","grounds":"no grounds to hold"}"""
        .formatted(occurredAt);
  }

  static MockHttpServletRequestBuilder postJson(String user, String path, String body) {
    return post(path)
        .with(httpBasic(user, PASSWORD))
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  static MockHttpServletRequestBuilder getAs(String user, String path) {
    return get(path).with(httpBasic(user, PASSWORD)).header("Accept-Language", "en");
  }

  /** Opens a record at the officer's facility an hour ago; returns its id. */
  static String openRecord(MockMvc mvc) throws Exception {
    var body =
        mvc.perform(
                postJson(
                    "officer",
                    "/api/v1/custody-records",
                    apprehendedAt(ASTANA_TDF, minutesAgo(60))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  static long eventCount(JdbcClient jdbc, String recordId) {
    return jdbc.sql("select count(*) from custody_event where record_id = ?")
        .param(recordId)
        .query(Long.class)
        .single();
  }
}
