package org.habeas.complaints.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Intake;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Named fixtures for the case-file tests. */
final class CaseFileFixtures {

  static final String PASSWORD = "habeas-demo";

  private CaseFileFixtures() {}

  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  /**
   * A fresh complaint to work on, lodged through the public door of the complaints core (from an
   * address of its own, so the rate limits of other tests do not touch it).
   */
  static UUID newComplaint(ComplaintIntake complaints) {
    var intake =
        new Intake(
            ComplainantRole.VICTIM,
            "Case File Fixture",
            null,
            ContactPreference.NONE,
            null,
            "Beaten during questioning at night.",
            null,
            "kz-ast-tdf1",
            null,
            null,
            null,
            false,
            null);
    int n = ADDRESSES.getAndIncrement();
    return complaints
        .lodgePublic(intake, List.of(), "10.77." + (n / 250) + "." + (n % 250 + 1), "en")
        .id();
  }

  /**
   * Refused: 403 when the caller sees the complaint but not this part, 404 when they do not see the
   * complaint at all (which one depends on the complaints core's visibility rules).
   */
  static ResultMatcher refused() {
    return r -> assertThat(r.getResponse().getStatus()).as("status").isIn(403, 404);
  }

  static String base(UUID complaint) {
    return "/api/v1/complaints/" + complaint;
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

  /** Posts a new item as the user and returns its id (expects 201). */
  static String add(MockMvc mvc, String user, String path, String body) throws Exception {
    var result = mvc.perform(postJson(user, path, body)).andReturn();
    if (result.getResponse().getStatus() != 201) {
      throw new AssertionError(
          "POST "
              + path
              + " -> "
              + result.getResponse().getStatus()
              + " "
              + result.getResponse().getContentAsString());
    }
    return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
  }

  static String act(String type) {
    return """
        {"actType":"%s","occurredOn":"2026-11-20","place":"Interview room 3, TDF-1 Astana",
         "facility":"kz-ast-tdf1","description":"Beaten during questioning at night"}"""
        .formatted(type);
  }

  static final String VICTIM =
      """
      {"name":"Serik Abenov","sex":"MALE","birthDate":"1990-04-01"}""";

  static final String PERPETRATOR =
      """
      {"name":"Omarov","rank":"Senior lieutenant","unit":"Criminal investigation, Astana"}""";

  static long rows(JdbcClient jdbc, String table, UUID complaint) {
    return jdbc.sql("select count(*) from " + table + " where complaint_id = ?")
        .param(complaint.toString())
        .query(Long.class)
        .single();
  }

  static long reads(JdbcClient jdbc, UUID complaint, String user) {
    return jdbc.sql("select count(*) from personal_data_read where record_id = ? and username = ?")
        .params(complaint.toString(), user)
        .query(Long.class)
        .single();
  }
}
