package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.assertj.core.groups.Tuple;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.system.ScopedClock;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The video register: a camera's state at each instant is its latest check by then, and a
 * questioning held while no interrogation-room camera of the facility worked is flagged on the
 * record page and counted for the statistics.
 */
@IntegrationTest
class VideoRegisterTests {

  static final String FACILITY = "kz-kar-tdf1";

  @Autowired MockMvc mvc;
  @Autowired Cameras cameras;
  @Autowired CameraCoverage coverage;
  @Autowired ScopedClock clock;
  private final Users users;
  @Autowired PlatformTransactionManager transactions;

  @Autowired
  VideoRegisterTests(Users users) {
    this.users = users;
  }

  private static String ago(Instant now, long minutes) {
    return now.minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private void post(String path, String json) throws Exception {
    mvc.perform(
            MockMvcRequestBuilders.post(path)
                .with(httpBasic("officer-kar", "habeas-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isCreated());
  }

  @Test
  void questioningWithoutAWorkingCameraIsFlaggedOnTheRecordAndCounted() throws Exception {
    var now = TestClock.now();
    var monitor = users.find("monitor").orElseThrow();
    var tx = new TransactionTemplate(transactions);
    var camera =
        tx.execute(
            s ->
                clock.at(
                    Clock.fixed(now.minus(Duration.ofHours(2)), ZoneOffset.UTC),
                    () ->
                        cameras.add(
                            monitor, FACILITY, "interrogation", "Room A", "working", 30, null)));
    tx.executeWithoutResult(
        s ->
            clock.at(
                Clock.fixed(now.minus(Duration.ofMinutes(30)), ZoneOffset.UTC),
                () -> cameras.check(monitor, camera, "broken", 30, "no picture", null)));
    assertThat(coverage.coverage(FACILITY, now.minus(Duration.ofHours(3))).getKey())
        .as("before the camera was registered")
        .isFalse();
    assertThat(coverage.coverage(FACILITY, now.minus(Duration.ofHours(1))).getValue()).isTrue();
    assertThat(coverage.coverage(FACILITY, now.minus(Duration.ofMinutes(10))).getValue()).isFalse();

    var body =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/custody-records")
                    .with(httpBasic("officer-kar", "habeas-demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"%s",
                         "person":{"name":"Video Test","birthDate":"1988-03-02","citizenship":"KZ"},
                         "grounds":"caught in the act","jurisdiction":"kz"}
                        """
                            .formatted(ago(now, 150), FACILITY)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    var events = "/api/v1/custody-records/" + id + "/events";
    post(
        events,
        """
        {"type":"InterrogationStarted","occurredAt":"%s","interrogator":"Inv. Serikov","lawyerPresent":true}"""
            .formatted(ago(now, 60)));
    post(
        events,
        """
        {"type":"InterrogationEnded","occurredAt":"%s"}"""
            .formatted(ago(now, 50)));
    post(
        events,
        """
        {"type":"InterrogationStarted","occurredAt":"%s","interrogator":"Inv. Serikov","lawyerPresent":true}"""
            .formatted(ago(now, 10)));

    var questionings = coverage.questionings(id);
    assertThat(questionings)
        .extracting(CameraCoverage.Questioning::covered)
        .containsExactly(true, false);
    assertThat(
            coverage.uncoveredQuestionings(monitor, FACILITY, now.minus(Duration.ofHours(3)), now))
        .extracting(CameraCoverage.Questioning::recordId, CameraCoverage.Questioning::seq)
        .contains(Tuple.tuple(id, questionings.get(1).seq()));

    mvc.perform(get("/custody/" + id).with(user("officer-kar").password("habeas-demo")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"video-coverage\"")))
        .andExpect(content().string(containsString("id=\"uncovered-questionings\"")));
  }
}
