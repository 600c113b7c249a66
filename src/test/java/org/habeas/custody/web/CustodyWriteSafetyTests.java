package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Retries, races and the database's own refusal to rewrite history. */
@IntegrationTest
class CustodyWriteSafetyTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void replayedIdempotencyKeyStoresNothingTwice() throws Exception {
    var id = openRecord(mvc);
    var events = "/api/v1/custody-records/" + id + "/events";
    var body = cellVisitedAt(minutesAgo(2));
    var first =
        mvc.perform(postJson("officer", events, body).header("Idempotency-Key", "retry-" + id))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var second =
        mvc.perform(postJson("officer", events, body).header("Idempotency-Key", "retry-" + id))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(second).isEqualTo(first);
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
    mvc.perform(
            postJson("officer", events, cellVisitedAt(minutesAgo(1)))
                .header("Idempotency-Key", "retry-" + id))
        .andExpect(status().isUnprocessableContent());
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
  }

  @Test
  void replayedOpeningOpensOneRecord() throws Exception {
    var before = jdbc.sql("select count(*) from custody_record").query(Long.class).single();
    var body = apprehendedAt(ASTANA_TDF, minutesAgo(15));
    String key = "open-" + System.nanoTime();
    var a =
        mvc.perform(
                postJson("officer", "/api/v1/custody-records", body).header("Idempotency-Key", key))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    var b =
        mvc.perform(
                postJson("officer", "/api/v1/custody-records", body).header("Idempotency-Key", key))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    assertThat(b.getHeader("Location")).isEqualTo(a.getHeader("Location"));
    assertThat(jdbc.sql("select count(*) from custody_record").query(Long.class).single())
        .isEqualTo(before + 1);
  }

  @Test
  void staleAppendGetsConflict() throws Exception {
    var id = openRecord(mvc);
    var events = "/api/v1/custody-records/" + id + "/events";
    mvc.perform(
            postJson("officer", events, cellVisitedAt(minutesAgo(3))).header("If-Match", "\"1\""))
        .andExpect(status().isCreated());
    mvc.perform(
            postJson("officer", events, cellVisitedAt(minutesAgo(2))).header("If-Match", "\"1\""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409));
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
  }

  @Test
  void concurrentAppendsNeverInterleaveWrongly() throws Exception {
    var id = openRecord(mvc);
    var events = "/api/v1/custody-records/" + id + "/events";
    var tasks = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 8; i++) {
      var body = cellVisitedAt(minutesAgo(30 - i));
      tasks.add(
          () ->
              mvc.perform(postJson("officer", events, body)).andReturn().getResponse().getStatus());
    }
    List<Integer> statuses;
    try (var pool = Executors.newFixedThreadPool(8)) {
      statuses = pool.invokeAll(tasks).stream().map(CustodyWriteSafetyTests::get).toList();
    }
    assertThat(statuses).allMatch(s -> s == 201 || s == 409);
    long created = statuses.stream().filter(s -> s == 201).count();
    var seqs =
        jdbc.sql("select seq from custody_event where record_id = ? order by seq")
            .param(id)
            .query(Integer.class)
            .list();
    assertThat(seqs).hasSize((int) created + 1);
    for (int i = 0; i < seqs.size(); i++) {
      assertThat(seqs.get(i)).isEqualTo(i + 1);
    }
  }

  @Test
  void databaseRefusesToRewriteHistory() throws Exception {
    var id = openRecord(mvc);
    assertThatThrownBy(
            () ->
                jdbc.sql("update custody_event set recorded_by = 'someone' where record_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("delete from custody_event where record_id = ?").param(id).update())
        .hasMessageContaining("append-only");
    assertThat(eventCount(jdbc, id)).isEqualTo(1);
  }

  @Test
  void bearerTokenActsAsItsOwner() throws Exception {
    var page =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/account/tokens")
                    .param("name", "station PC")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.user("officer")
                            .roles("CUSTODY_OFFICER"))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn();
    var token = (String) page.getFlashMap().get("newToken");
    assertThat(token).startsWith("hb_");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me")
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("officer"))
        .andExpect(jsonPath("$.facilityIds[0]").value(ASTANA_TDF));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me")
                .header("Authorization", "Bearer hb_wrong"))
        .andExpect(status().isUnauthorized());
  }

  private static Integer get(java.util.concurrent.Future<Integer> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String idOf(String body) {
    return JsonPath.read(body, "$.id");
  }
}
