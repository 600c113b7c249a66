package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.custody.web.CustodyApiFixtures.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.habeas.IntegrationTest;
import org.habeas.system.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Since issue 17 the {@code Idempotency-Key} is checked and stored by one statement, the insert of
 * the response at the end of the write (IdempotentWrites): a replay runs the write again, rolls it
 * back and answers the first response. These show that a replay racing the first request, and one
 * arriving after the record moved on, still store nothing twice and answer the first response.
 */
@IntegrationTest
class ConcurrentReplayTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApiTokens tokens;

  private MockHttpServletResponse append(
      String token, String path, String body, String key, String ifMatch) throws Exception {
    var request =
        post(path)
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  @Test
  void replaysRacingTheFirstRequestAllAnswerItsResponseAndStoreOneEvent() throws Exception {
    var id = openRecord(mvc);
    var token = tokens.create("officer", "racing replays");
    var events = "/api/v1/custody-records/" + id + "/events";
    var body = cellVisitedAt(minutesAgo(5));
    var key = "race-" + id;
    var tasks = new ArrayList<Callable<MockHttpServletResponse>>();
    for (int i = 0; i < 4; i++) {
      tasks.add(() -> append(token, events, body, key, null));
    }
    List<MockHttpServletResponse> responses = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (Future<MockHttpServletResponse> f : pool.invokeAll(tasks)) {
        responses.add(get(f));
      }
    }
    // Before issue 17 a replay that passed the key check before the first committed ran on and
    // failed at the (record, seq) key: 409. Now every one answers the first response.
    assertThat(responses).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(201));
    var first = responses.getFirst().getContentAsString();
    assertThat(responses).allSatisfy(r -> assertThat(r.getContentAsString()).isEqualTo(first));
    assertThat(eventCount(jdbc, id)).isEqualTo(2);
  }

  @Test
  void aReplayAfterTheRecordMovedOnAnswersTheFirstResponse() throws Exception {
    var id = openRecord(mvc);
    var token = tokens.create("officer", "late replay");
    var events = "/api/v1/custody-records/" + id + "/events";
    var body = cellVisitedAt(minutesAgo(5));
    var first = append(token, events, body, "late-" + id, "\"1\"");
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(append(token, events, cellVisitedAt(minutesAgo(4)), "other-" + id, null).getStatus())
        .isEqualTo(201);
    // The replay's write is stale now (If-Match 1, the record is at 3): the first answer stands.
    var replay = append(token, events, body, "late-" + id, "\"1\"");
    assertThat(replay.getStatus()).isEqualTo(201);
    assertThat(replay.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(replay.getHeader("Location")).isEqualTo(first.getHeader("Location"));
    // The same key with another body is refused as before, whether the write would land or not.
    assertThat(append(token, events, cellVisitedAt(minutesAgo(3)), "late-" + id, null).getStatus())
        .isEqualTo(422);
    assertThat(eventCount(jdbc, id)).isEqualTo(3);
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }
}
