package org.habeas.safeguards.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.habeas.safeguards.Obligation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * What the alert sweep would raise and whom it would tell, read without raising anything: for the
 * demo-data regression test (org.habeas.demo), which must not change the alerts other tests see.
 * The same package-private decisions the sweep makes, not a copy of them.
 */
public final class AlertsOwed {

  private final AlertSweep sweep;
  private final Recipients recipients;
  private final AlertSettings settings;
  private final AlertMail mail;

  /** The sweep's own beans, from the context. */
  public AlertsOwed(ApplicationContext context) {
    this.sweep = context.getBean(AlertSweep.class);
    this.recipients = context.getBean(Recipients.class);
    this.settings = context.getBean(AlertSettings.class);
    this.mail = context.getBean(AlertMail.class);
  }

  /** The alert the sweep would raise for {@code o} at {@code now}, if any. */
  public Optional<AlertKind> owed(Obligation o, Instant now) {
    return sweep.owed(o, now);
  }

  /** The mail addresses an alert about a facility in the region goes to ("" if no mail). */
  public List<String> mailFor(@Nullable String regionCode) {
    return mail.configured() ? recipients.mailFor(regionCode) : List.of();
  }

  /** How many webhooks each alert is sent to. */
  public int webhooks() {
    return settings.webhooks().size();
  }

  /** The addresses the deployment routes the prosecutors' and the monitors' mail to. */
  public List<String> configuredProsecutors() {
    return settings.mail().prosecutors();
  }

  /** The addresses the deployment routes the monitors' mail to. */
  public List<String> configuredMonitors() {
    return settings.mail().monitors();
  }
}
