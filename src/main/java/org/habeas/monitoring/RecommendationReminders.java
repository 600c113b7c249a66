package org.habeas.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.habeas.system.BackgroundLoop;
import org.habeas.system.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the agency's focal points before a recommendation's deadline ({@code
 * habeas.monitoring.reminders.lead-days} ahead) and once it is overdue; each reminder goes once,
 * recorded in {@code mon_reminder}. Runs every {@code habeas.monitoring.reminders.every}; zero
 * leaves the schedule off (tests call {@link #run(LocalDate)}).
 */
@Component
public class RecommendationReminders extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(RecommendationReminders.class);

  private final Recommendations recommendations;
  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> sender;
  private final MessageSource messages;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final int leadDays;
  private final String from;
  private final String language;
  private final String baseUrl;

  RecommendationReminders(
      Recommendations recommendations,
      JdbcClient jdbc,
      ObjectProvider<JavaMailSender> sender,
      MessageSource messages,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${habeas.monitoring.reminders.every:6h}") Duration every,
      @Value("${habeas.monitoring.reminders.lead-days:14}") int leadDays,
      @Value("${habeas.alerts.mail.from:habeas@localhost}") String from,
      @Value("${habeas.monitoring.reminders.language:ru}") String language,
      PublicAddress address,
      MeterRegistry meters) {
    super("monitoring-reminders", every, meters);
    this.recommendations = recommendations;
    this.jdbc = jdbc;
    this.sender = sender;
    this.messages = messages;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.leadDays = leadDays;
    this.from = from;
    this.language = language;
    this.baseUrl = address.baseUrl();
  }

  /** Sends the reminders due on {@code today}; returns how many went out. */
  public int run(LocalDate today) {
    int sent = 0;
    for (var r : recommendations.openWithDeadline()) {
      // openWithDeadline keeps only those with a deadline
      var deadline = Objects.requireNonNull(r.deadline(), "deadline");
      String kind;
      if (deadline.isBefore(today)) {
        kind = "overdue";
      } else if (!deadline.isAfter(today.plusDays(leadDays))) {
        kind = "due-soon";
      } else {
        continue;
      }
      var to = recipients(r.agency());
      if (to.isEmpty()) {
        continue;
      }
      try {
        Boolean done =
            tx.execute(
                s -> {
                  jdbc.sql(
                          "insert into mon_reminder (rec_id, kind, due_on, sent_at)"
                              + " values (?, ?, ?, ?)")
                      .params(r.id(), kind, deadline, Timestamp.from(clock.instant()))
                      .update();
                  send(r, kind, deadline, to);
                  return true;
                });
        if (Boolean.TRUE.equals(done)) {
          sent++;
        }
      } catch (DuplicateKeyException e) {
        // already reminded (perhaps by another instance)
      } catch (RuntimeException e) {
        log.warn("Monitoring: reminder for recommendation {} not sent ({})", r.id(), e.toString());
      }
    }
    return sent;
  }

  /** The e-mail addresses of the agency's focal points. */
  List<String> recipients(String agency) {
    return jdbc.sql(
            "select u.email from app_user u join focal_point_agency f on f.username = u.username"
                + " where f.agency = ? and u.enabled and u.email is not null and u.email <> ''"
                + " order by u.username")
        .param(agency)
        .query((rs, i) -> rs.getString(1))
        .list();
  }

  private void send(Recommendation r, String kind, LocalDate deadline, List<String> to) {
    var mail = sender.getIfAvailable();
    if (mail == null) {
      throw new IllegalStateException("no mail server configured (spring.mail.host)");
    }
    var locale = Locale.forLanguageTag(language);
    var text = r.text(locale);
    var shortText = text.length() > 120 ? text.substring(0, 117) + "..." : text;
    var message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(
        messages.getMessage(
            "monitoring.mail.subject." + kind, new Object[] {deadline.toString()}, locale));
    message.setText(
        messages.getMessage(
            "monitoring.mail.body." + kind,
            new Object[] {
              shortText, deadline.toString(), baseUrl + "/monitoring/recommendations/" + r.id()
            },
            locale));
    mail.send(message);
  }

  /** The reminders due today (UTC), on the loop's thread. */
  @Override
  protected void pass() {
    run(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }
}
