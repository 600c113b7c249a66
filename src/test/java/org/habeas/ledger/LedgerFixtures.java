package org.habeas.ledger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Named fixtures for the ledger's integration tests: records written through the custody API as an
 * officer would write them (through HTTP, so the ledger's code, tests included, never depends on
 * the custody module, which depends on it).
 */
public final class LedgerFixtures {

  /** The password of every demo user. */
  public static final String PASSWORD = "habeas-demo";

  private static final String RECORDS = "/api/v1/custody-records";

  private LedgerFixtures() {}

  /**
   * Opens a record apprehended an hour ago at the officer's facility and appends {@code visits}
   * cell visits; returns the record's id.
   */
  public static String recordWithCellVisits(MockMvc mvc, int visits) throws Exception {
    var body =
        post(mvc, RECORDS, apprehended(60))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    for (int i = 0; i < visits; i++) {
      post(mvc, RECORDS + "/" + id + "/events", cellVisited(50 - i))
          .andExpect(status().isCreated());
    }
    return id;
  }

  /** Opens {@code count} records with {@code visits} cell visits each; returns their ids. */
  public static List<String> records(MockMvc mvc, int count, int visits) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(recordWithCellVisits(mvc, visits));
    }
    return ids;
  }

  /** Posts JSON as the demo custody officer. */
  public static ResultActions post(MockMvc mvc, String path, String json) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post(path)
            .with(httpBasic("officer", PASSWORD))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  /** The JSON of an apprehension {@code minutesAgo} at the officer's facility. */
  public static String apprehended(int minutesAgo) {
    return """
        {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
         "person":{"name":"Test Person","birthDate":"1990-04-01","citizenship":"KZ","language":"kk"},
         "grounds":"caught in the act","suspectedOffence":"Theft (CC art. 188)","jurisdiction":"kz"}
        """
        .formatted(ago(minutesAgo));
  }

  /** The JSON of a cell visit {@code minutesAgo} (negative: in the future). */
  public static String cellVisited(int minutesAgo) {
    return """
        {"type":"CellVisited","occurredAt":"%s","by":"Sgt. Omarov"}"""
        .formatted(ago(minutesAgo));
  }

  /** The JSON of a release {@code minutesAgo}, which closes the record. */
  public static String released(int minutesAgo) {
    return """
        {"type":"Released","occurredAt":"%s","grounds":"no grounds to hold"}"""
        .formatted(ago(minutesAgo));
  }

  /** Opens a record with {@code visits} cell visits and releases the person; returns its id. */
  public static String closedRecord(MockMvc mvc, int visits) throws Exception {
    String id = recordWithCellVisits(mvc, visits);
    post(mvc, RECORDS + "/" + id + "/events", released(5)).andExpect(status().isCreated());
    return id;
  }

  /** Asks for a record's erasure as {@code user}, giving {@code reason}. */
  public static ResultActions erase(MockMvc mvc, String user, String id, String reason)
      throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post(RECORDS + "/" + id + "/erasure")
            .with(httpBasic(user, PASSWORD))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"" + reason + "\"}"));
  }

  private static String ago(int minutes) {
    return org.habeas.TestClock.now()
        .minus(minutes, ChronoUnit.MINUTES)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }
}
