package org.habeas.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Finding 7 of issue 14: a burst of failed sign-ins alerts the administrators, on their pages and
 * by e-mail, with counts only; the names typed are kept for them but never logged.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInAlertTests {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SignInThrottle throttle;
  @Autowired Clock clock;
  private SignInClock time;
  private final String marker = "u" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void windowsOfItsOwn() {
    time = SignInClock.fresh(jdbc, clock);
    throttle.useClock(time);
  }

  @AfterEach
  void backToTheApplicationsClock() {
    throttle.useClock(clock);
  }

  @Test
  void aBurstOfFailuresAlertsTheAdministratorsWithoutNamingAnyone(CapturedOutput output)
      throws Exception {
    jdbc.sql("update app_user set email = ? where username = 'admin'")
        .param("admin@habeas.test")
        .update();
    try {
      for (int i = 0; i < 20; i++) {
        mvc.perform(form(marker + "-" + i, "wrong", "10.63." + i + ".1"))
            .andExpect(redirectedUrl("/login?error"));
      }
      var alerts =
          jdbc.sql("select failures, accounts, addresses from sign_in_alert where raised_at = ?")
              .param(Timestamp.from(time.instant()))
              .query((rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
              .list();
      assertThat(alerts).containsExactly(List.of(20, 20, 20));
      assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
      var mail = smtp.getReceivedMessages()[0];
      assertThat(GreenMailUtil.getAddressList(mail.getAllRecipients()))
          .isEqualTo("admin@habeas.test");
      assertThat(mail.getSubject()).isEqualTo("Habeas: 20 failed sign-ins");
      var body = GreenMailUtil.getBody(mail);
      assertThat(body).contains("/audit/sign-ins").doesNotContain(marker);
    } finally {
      jdbc.sql("update app_user set email = null where username = 'admin'").update();
    }
    mvc.perform(get("/audit/sign-ins").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("20 failed sign-ins against 20 accounts from 20")))
        .andExpect(content().string(containsString(marker + "-19")));
    mvc.perform(get("/audit").with(user("admin").roles("ADMIN")))
        .andExpect(content().string(containsString("id=\"sign-in-alerts\"")));
    mvc.perform(get("/audit/sign-ins").with(user("monitor").roles("MONITOR")))
        .andExpect(status().isForbidden());
    assertThat(output.getAll()).as("names typed are never logged").doesNotContain(marker);
  }

  private MockHttpServletRequestBuilder form(String user, String password, String address) {
    return post("/login")
        .param("username", user)
        .param("password", password)
        .with(csrf())
        .with(
            request -> {
              request.setRemoteAddr(address);
              return request;
            });
  }
}
