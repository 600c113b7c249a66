package org.habeas.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 7 of issue 14: sign-in by the form and by HTTP Basic is throttled per account and per
 * client address with a window (429 and {@code Retry-After}, the form saying when in the user's
 * language), every attempt is in the audit, and a burst of failures alerts the administrators. Time
 * is moved on the sign-in clock, never slept.
 */
@IntegrationTest
class SignInProtectionTests {

  private static final String PASSWORD = "habeas-demo";
  private static final Duration WINDOW = Duration.ofMinutes(15);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SignInThrottle throttle;
  @Autowired Clock clock;
  private SignInClock time;
  private Instant start;
  private final String marker = "u" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void windowsOfItsOwn() {
    time = SignInClock.fresh(jdbc, clock);
    start = time.instant();
    throttle.useClock(time);
  }

  @AfterEach
  void backToTheApplicationsClock() {
    throttle.useClock(clock);
  }

  @Test
  void wrongPasswordsByTheFormThrottleTheAccountForAWindow() throws Exception {
    for (int i = 0; i < 10; i++) {
      mvc.perform(form("officer", "wrong-" + i, "10.61.0." + (i + 1)))
          .andExpect(redirectedUrl("/login?error"));
    }
    var refused =
        mvc.perform(form("officer", PASSWORD, "10.61.1.1"))
            .andExpect(status().isTooManyRequests())
            .andExpect(forwardedUrl("/login/throttled"))
            .andReturn();
    var retryAfter = Long.parseLong(refused.getResponse().getHeader("Retry-After"));
    assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds());
    assertThat(refused.getRequest().getAttribute("signInThrottledMinutes")).isEqualTo(15L);
    // Another account, even from the same addresses, signs in.
    mvc.perform(form("investigator", PASSWORD, "10.61.0.1")).andExpect(redirectedUrl("/"));

    time.advance(Duration.ofSeconds(retryAfter));
    mvc.perform(form("officer", PASSWORD, "10.61.1.1")).andExpect(redirectedUrl("/"));
    assertThat(outcomes("officer"))
        .containsExactly(
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "FAILURE",
            "THROTTLED",
            "SUCCESS");
  }

  @Test
  void wrongPasswordsByHttpBasicThrottleTheAddressAndTheAccount() throws Exception {
    for (int i = 0; i < 30; i++) {
      mvc.perform(
              get("/api/v1/me").with(httpBasic(marker + "-" + i, "wrong")).with(from("10.62.0.1")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(
            get("/api/v1/me")
                .with(httpBasic("officer", PASSWORD))
                .with(from("10.62.0.1"))
                .header("Accept-Language", "en"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.type").value("urn:habeas:problem:problem.signInThrottled"))
        .andExpect(jsonPath("$.detail").value(containsString("try again in 15 min")));
    mvc.perform(get("/api/v1/me").with(httpBasic("officer", PASSWORD)).with(from("10.62.0.2")))
        .andExpect(status().isOk());

    for (int i = 0; i < 10; i++) {
      mvc.perform(get("/api/v1/me").with(httpBasic("trainer", "wrong")).with(from("10.62.1." + i)))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/me").with(httpBasic("trainer", PASSWORD)).with(from("10.62.2.1")))
        .andExpect(status().isTooManyRequests());

    time.advance(WINDOW);
    mvc.perform(get("/api/v1/me").with(httpBasic("officer", PASSWORD)).with(from("10.62.0.1")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/me").with(httpBasic("trainer", PASSWORD)).with(from("10.62.2.1")))
        .andExpect(status().isOk());
    assertThat(outcomes("trainer")).containsSubsequence("FAILURE", "THROTTLED", "SUCCESS");
  }

  @Test
  void aNameWithControlCharactersIsRecordedPrintably() throws Exception {
    mvc.perform(
            get("/api/v1/me").with(httpBasic("evil\u0000" + marker, "x")).with(from("10.64.0.1")))
        .andExpect(status().isUnauthorized());
    assertThat(
            jdbc.sql("select username from sign_in_attempt where username like ?")
                .param("%" + marker)
                .query(String.class)
                .list())
        .containsExactly("evil\uFFFD" + marker);
  }

  @Test
  void theThrottledFormSaysWhenToTryAgainInTheUsersLanguage() throws Exception {
    var until = Instant.parse("2030-05-01T10:15:00Z");
    for (var expected :
        List.of(
            List.of("en", "Try again in 15 min (after 1 May 2030, 10:15:00 UTC)"),
            List.of("ru", "Повторите попытку через 15 мин."),
            List.of("kk", "15 минуттан кейін"))) {
      mvc.perform(
              post("/login/throttled")
                  .with(csrf())
                  .header("Accept-Language", expected.get(0))
                  .requestAttr("signInThrottledMinutes", 15L)
                  .requestAttr("signInThrottledUntil", until))
          .andExpect(status().isTooManyRequests())
          .andExpect(content().string(containsString(expected.get(1))));
    }
    mvc.perform(get("/login/throttled")).andExpect(redirectedUrl("/login"));
  }

  private MockHttpServletRequestBuilder form(String user, String password, String address) {
    return post("/login")
        .param("username", user)
        .param("password", password)
        .with(csrf())
        .with(from(address));
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private List<String> outcomes(String username) {
    return jdbc.sql(
            "select outcome from sign_in_attempt where username = ? and at >= ? order by id")
        .params(username, Timestamp.from(start))
        .query(String.class)
        .list();
  }
}
