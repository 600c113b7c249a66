package org.habeas.safeguards.alerts;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.habeas.system.PublicAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Alert e-mails through the SMTP server of {@code spring.mail.*}. The text names the record by its
 * pseudonym and link only: mail leaves the system, personal data does not.
 */
@Component
class AlertMail {

  static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final ObjectProvider<JavaMailSender> sender;
  private final MessageSource messages;
  private final AlertSettings settings;
  private final String baseUrl;

  AlertMail(
      ObjectProvider<JavaMailSender> sender,
      MessageSource messages,
      AlertSettings settings,
      PublicAddress address) {
    this.sender = sender;
    this.messages = messages;
    this.settings = settings;
    this.baseUrl = address.baseUrl();
  }

  /** Whether a mail server is configured ({@code spring.mail.host}). */
  boolean configured() {
    return sender.getIfAvailable() != null;
  }

  void send(Alert alert, String to) {
    var mail = sender.getIfAvailable();
    if (mail == null) {
      throw new IllegalStateException("no mail server configured (spring.mail.host)");
    }
    var locale = Locale.forLanguageTag(settings.mail().language());
    var message = new SimpleMailMessage();
    message.setFrom(settings.mail().from());
    message.setTo(to.split(","));
    message.setSubject(
        messages.getMessage(
            "alerts.mail.subject." + alert.kind(),
            new Object[] {alert.title(locale), alert.pseudonym()},
            locale));
    message.setText(
        messages.getMessage(
            "alerts.mail.body." + alert.kind(),
            new Object[] {
              alert.title(locale),
              alert.pseudonym(),
              due(alert),
              alert.basis(),
              link(alert),
              alert.ruleId()
            },
            locale));
    mail.send(message);
  }

  String link(Alert alert) {
    return baseUrl + alert.path();
  }

  static String due(Alert alert) {
    var due = alert.dueAt();
    return due == null ? "-" : DUE.format(due.atZone(alert.zone())) + " (" + alert.zone() + ")";
  }
}
