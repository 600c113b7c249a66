package org.habeas.safeguards.alerts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Named fixtures for the alert tests: records opened through the API, as an officer would. */
final class AlertFixtures {

  static final String PASSWORD = "habeas-demo";
  static final String ASTANA_TDF = "kz-ast-tdf1";
  static final String PERSON = "Aidos Alert-Testov";
  static final String COURT_48H = "kz.court-within-48h";

  private AlertFixtures() {}

  /** Opens a kz record of an adult apprehended the given time ago; returns its id. */
  static String apprehendedAgo(MockMvc mvc, Duration ago) throws Exception {
    var at = org.habeas.TestClock.now().minus(ago).truncatedTo(ChronoUnit.SECONDS);
    var body =
        """
        {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
         "person":{"name":"%s","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
         "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
        """
            .formatted(at, ASTANA_TDF, PERSON);
    var response =
        mvc.perform(postJson("officer", "/api/v1/custody-records", body)).andReturn().getResponse();
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return JsonPath.read(response.getContentAsString(), "$.id");
  }

  static void releasedNow(MockMvc mvc, String recordId) throws Exception {
    var response = release(mvc, recordId);
    if (response.getStatus() / 100 != 2) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
  }

  /** Records the release now; the response says whether it was accepted. */
  static org.springframework.mock.web.MockHttpServletResponse release(MockMvc mvc, String recordId)
      throws Exception {
    var body =
        """
        {"type":"Released","occurredAt":"%s","grounds":"no grounds to hold"}"""
            .formatted(org.habeas.TestClock.now().truncatedTo(ChronoUnit.SECONDS));
    return mvc.perform(postJson("officer", "/api/v1/custody-records/" + recordId + "/events", body))
        .andReturn()
        .getResponse();
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
}
