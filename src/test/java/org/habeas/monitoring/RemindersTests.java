package org.habeas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders go by e-mail to the agency's focal points before a deadline, once each. */
@IntegrationTest
class RemindersTests {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired RecommendationReminders reminders;
  @Autowired Recommendations recommendations;
  @Autowired RecommendationIssuing issuing;
  private final Users users;
  @Autowired JdbcClient jdbc;

  @Autowired
  RemindersTests(Users users) {
    this.users = users;
  }

  @Test
  void remindsTheFocalPointOnceBeforeTheDeadline() throws Exception {
    var admin = users.find("admin").orElseThrow();
    if (recommendations.agencyOf("focal-point").isEmpty()) {
      recommendations.setAgency(admin, "focal-point", "interior");
    }
    // The address of a user is kept by the system module; the test gives the focal point one.
    jdbc.sql("update app_user set email = ? where username = ?")
        .params("focal@habeas.test", "focal-point")
        .update();
    var today = TestClock.today();
    reminders.run(today); // whatever was already due
    smtp.reset();

    var id =
        issuing.issue(
            users.find("monitor").orElseThrow(),
            new RecommendationForm(
                "npm",
                null,
                null,
                "Reminder test recommendation",
                null,
                null,
                "interior",
                today.plusDays(3).toString(),
                "safeguards",
                null,
                null,
                null,
                null,
                today.toString()));
    assertThat(reminders.run(today)).isEqualTo(1);
    var mail = smtp.getReceivedMessages();
    assertThat(mail).hasSize(1);
    assertThat(GreenMailUtil.getAddressList(mail[0].getAllRecipients()))
        .isEqualTo("focal@habeas.test");
    assertThat((String) mail[0].getContent()).contains("/monitoring/recommendations/" + id);
    assertThat(reminders.run(today)).as("never twice").isZero();
    assertThat(reminders.run(today.plusDays(4)))
        .as("once more when it is overdue")
        .isGreaterThanOrEqualTo(1);
  }
}
