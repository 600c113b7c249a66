package org.habeas.complaints.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Named fixtures for the complaints tests. */
final class ComplaintFixtures {

  static final String PASSWORD = "habeas-demo";
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  private ComplaintFixtures() {}

  /** A client address no other test uses, so the per-address limit never spills across tests. */
  static RequestPostProcessor fromFreshAddress() {
    int n = ADDRESSES.getAndIncrement();
    return from("10.77." + (n / 250) + "." + (n % 250 + 1));
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  /** A public complaint's JSON about the Astana facility. */
  static String intake(String narrative) {
    return """
        {"complainantRole":"RELATIVE","complainantName":"Айгүл Серікова","victimName":"Серік Әбенов",
         "contactPreference":"PHONE","contact":"+7 701 000 0000","narrative":"%s",
         "facilityId":"kz-ast-tdf1","incidentDate":"2026-11-20","against":"duty officers",
         "injuries":"bruises on both arms","stillHeld":true}
        """
        .formatted(narrative);
  }

  static MockHttpServletRequestBuilder lodgeJson(String body) {
    return post("/api/v1/complaints")
        .with(fromFreshAddress())
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  /** Lodges a public complaint; returns {id, reference, secret}. */
  static String[] lodge(MockMvc mvc, JdbcClient jdbc, String narrative) throws Exception {
    var body =
        mvc.perform(lodgeJson(intake(narrative)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String reference = JsonPath.read(body, "$.reference");
    String secret = JsonPath.read(body, "$.secret");
    var id =
        jdbc.sql("select id from complaint where reference = ?")
            .param(reference)
            .query(String.class)
            .single();
    return new String[] {id, reference, secret};
  }

  static MockHttpServletRequestBuilder postAs(String user, String path, String body) {
    return post(path)
        .with(httpBasic(user, PASSWORD))
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  static MockHttpServletRequestBuilder getAs(String user, String path) {
    return get(path).with(httpBasic(user, PASSWORD)).header("Accept-Language", "en");
  }

  /** Rows of every table a lodging writes to, to show that nothing was half-stored. */
  static long rows(JdbcClient jdbc) {
    long n = 0;
    for (var table :
        new String[] {
          "complaint",
          "complaint_entry",
          "complaint_attachment",
          "complaint_current",
          "ledger_commitment",
          "ledger_opening"
        }) {
      n += jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
    return n;
  }

  static long entries(JdbcClient jdbc, String id) {
    return jdbc.sql("select count(*) from complaint_entry where complaint_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  static String word() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
