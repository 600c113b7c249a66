package org.habeas.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.system.ScopedClock;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The video register through the API: room, status, checked at; who may read it. */
@IntegrationTest
class CamerasApiTests {

  static final String FACILITY = "kz-alm-pd2";

  @Autowired MockMvc mvc;
  @Autowired Cameras cameras;
  @Autowired ScopedClock clock;
  @Autowired Users users;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theRegisterListsEachCameraAsLastCheckedForThoseWhoMayReadIt() throws Exception {
    var monitor = users.find("monitor").orElseThrow();
    var checked = TestClock.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    var label = "Interview room " + UUID.randomUUID().toString().substring(0, 6);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s ->
                clock.at(
                    Clock.fixed(checked, ZoneOffset.UTC),
                    () ->
                        cameras.add(
                            monitor, FACILITY, "interrogation", label, "broken", 30, null)));

    for (var reader : new String[] {"monitor", "admin", "officer-alm-pd2"}) {
      mvc.perform(
              get("/api/v1/facilities/" + FACILITY + "/cameras")
                  .with(httpBasic(reader, "habeas-demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$[?(@.label == '" + label + "')].room").value("interrogation"))
          .andExpect(jsonPath("$[?(@.label == '" + label + "')].status").value("broken"))
          .andExpect(jsonPath("$[?(@.label == '" + label + "')].retentionDays").value(30))
          .andExpect(
              jsonPath("$[?(@.label == '" + label + "')].checkedAt").value(checked.toString()));
    }
    // Another facility's officer, a lawyer: 403; an unknown facility: 404; no sign-in: 401.
    mvc.perform(
            get("/api/v1/facilities/" + FACILITY + "/cameras")
                .with(httpBasic("officer", "habeas-demo")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/facilities/" + FACILITY + "/cameras")
                .with(httpBasic("lawyer", "habeas-demo")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/facilities/no-such-place/cameras")
                .with(httpBasic("monitor", "habeas-demo")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(get("/api/v1/facilities/" + FACILITY + "/cameras"))
        .andExpect(status().isUnauthorized());
  }
}
