package org.habeas.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

/**
 * The audit of sign-ins: every attempt by the form or HTTP Basic, its outcome, and an alert to the
 * administrators when failures come in a burst (more than {@code habeas.sign-in.burst} in {@code
 * habeas.sign-in.burst-window}): a record they see on {@code /audit/sign-ins}, and an e-mail to
 * each administrator with an address when a mail server is configured.
 *
 * <p>The name as typed is kept for the administrators (an attack on an account shows even when it
 * is misspelt) but never written to the application log, and the alert mail carries only counts.
 */
@Component
public class SignIns {

  private static final Logger log = LoggerFactory.getLogger(SignIns.class);
  private static final int NAME = 100;
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  /** How the credentials came. */
  public enum Channel {
    FORM,
    BASIC
  }

  /** What came of an attempt. */
  public enum Outcome {
    SUCCESS,
    /** Wrong name or password, or a disabled user. */
    FAILURE,
    /** Refused without checking: too many failures for the account or from the address. */
    THROTTLED
  }

  /** One attempt, as administrators see it. */
  public record Attempt(
      Instant at, String username, String address, Channel channel, Outcome outcome) {}

  /** A burst of failures administrators were alerted to. */
  public record Alert(
      Instant windowStart, Instant raisedAt, int failures, int accounts, int addresses) {}

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final int burst;
  private final Duration burstWindow;
  private final String from;
  private final String baseUrl;
  private volatile Instant lastAlerted = Instant.EPOCH;

  SignIns(
      JdbcClient jdbc,
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      @Value("${habeas.sign-in.burst}") int burst,
      @Value("${habeas.sign-in.burst-window}") Duration burstWindow,
      @Value("${habeas.alerts.mail.from:habeas@localhost}") String from,
      PublicAddress address) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.messages = messages;
    this.burst = burst;
    this.burstWindow = burstWindow;
    this.from = from;
    this.baseUrl = address.baseUrl();
  }

  /**
   * Records an attempt made at {@code now} (the sign-in clock's); a failure may raise the burst
   * alert.
   */
  public void record(String typed, String address, Channel channel, Outcome outcome, Instant now) {
    jdbc.sql(
            "insert into sign_in_attempt (at, username, address, channel, outcome)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(now),
            printable(typed, NAME),
            printable(address, 64),
            channel.name(),
            outcome.name())
        .update();
    if (outcome != Outcome.SUCCESS) {
      burst(now);
    }
  }

  /**
   * The name as typed, storable on every database: control characters (NUL among them, which
   * PostgreSQL refuses) become U+FFFD and it is cut to {@code max} characters.
   */
  static String printable(String s, int max) {
    var sb = new StringBuilder();
    for (var it = s.codePoints().iterator(); it.hasNext(); ) {
      int c = it.next();
      boolean lone = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
      int shown = Character.isISOControl(c) || lone ? 0xFFFD : c;
      if (sb.length() + Character.charCount(shown) > max) {
        break;
      }
      sb.appendCodePoint(shown);
    }
    return sb.toString();
  }

  /** Raises the alert once a burst window holds enough failures, once per window. */
  private void burst(Instant now) {
    var start = windowStart(now);
    if (start.equals(lastAlerted)) {
      return; // this window's alert is raised already
    }
    record Counts(int failures, int accounts, int addresses) {}
    var counts =
        jdbc.sql(
                "select count(*) as f, count(distinct lower(username)) as u,"
                    + " count(distinct address) as a from sign_in_attempt"
                    + " where outcome <> 'SUCCESS' and at > ? and at <= ?")
            .params(Timestamp.from(now.minus(burstWindow)), Timestamp.from(now))
            .query((rs, i) -> new Counts(rs.getInt("f"), rs.getInt("u"), rs.getInt("a")))
            .single();
    if (counts.failures() < burst) {
      return;
    }
    try {
      jdbc.sql(
              "insert into sign_in_alert (window_start, raised_at, failures, accounts, addresses)"
                  + " values (?, ?, ?, ?, ?)")
          .params(
              Timestamp.from(start),
              Timestamp.from(now),
              counts.failures(),
              counts.accounts(),
              counts.addresses())
          .update();
    } catch (DuplicateKeyException e) {
      lastAlerted = start; // another request or instance raised it
      return;
    }
    lastAlerted = start;
    log.warn(
        "Sign-in: {} failed attempts in {} against {} account(s) from {} address(es);"
            + " administrators alerted",
        counts.failures(),
        burstWindow,
        counts.accounts(),
        counts.addresses());
    var alert = new Alert(start, now, counts.failures(), counts.accounts(), counts.addresses());
    Thread.ofVirtual().name("sign-in-alert-mail").start(() -> mailAdministrators(alert));
  }

  private Instant windowStart(Instant now) {
    long window = burstWindow.toMillis();
    return Instant.ofEpochMilli(now.toEpochMilli() / window * window);
  }

  /** Mails each enabled administrator who has an address, in their language. */
  private void mailAdministrators(Alert alert) {
    var sender = mail.getIfAvailable();
    if (sender == null) {
      log.info("Sign-in alert: no mail server configured (spring.mail.host), not mailed");
      return;
    }
    record Admin(String email, String language) {}
    var admins =
        jdbc.sql(
                "select email, language from app_user where role = 'ADMIN' and enabled"
                    + " and email is not null")
            .query((rs, i) -> new Admin(rs.getString("email"), rs.getString("language")))
            .list();
    for (var admin : admins) {
      try {
        var locale = Locale.forLanguageTag(admin.language());
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(admin.email());
        message.setSubject(
            messages.getMessage("signIns.mail.subject", new Object[] {alert.failures()}, locale));
        message.setText(
            messages.getMessage(
                "signIns.mail.body",
                new Object[] {
                  alert.failures(),
                  burstWindow.toMinutes(),
                  alert.accounts(),
                  alert.addresses(),
                  AT.format(alert.raisedAt()),
                  baseUrl + "/audit/sign-ins"
                },
                locale));
        sender.send(message);
      } catch (RuntimeException e) {
        log.warn("Sign-in alert: mail to an administrator failed: {}", e.getMessage());
      }
    }
  }

  /** A page of attempts, newest first. */
  public List<Attempt> page(int offset, int limit) {
    return jdbc.sql("select * from sign_in_attempt order by id desc limit :limit offset :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, i) ->
                new Attempt(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("username"),
                    rs.getString("address"),
                    Channel.valueOf(rs.getString("channel")),
                    Outcome.valueOf(rs.getString("outcome"))))
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from sign_in_attempt").query(Long.class).single();
  }

  /** The alerts raised since {@code since}, newest first. */
  public List<Alert> alertsSince(Instant since) {
    return jdbc.sql(
            "select * from sign_in_alert where raised_at >= ? order by raised_at desc limit 50")
        .param(Timestamp.from(since))
        .query(
            (rs, i) ->
                new Alert(
                    rs.getTimestamp("window_start").toInstant(),
                    rs.getTimestamp("raised_at").toInstant(),
                    rs.getInt("failures"),
                    rs.getInt("accounts"),
                    rs.getInt("addresses")))
        .list();
  }
}
