package org.habeas.field;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;
import org.habeas.safeguards.ExternalAlerts;
import org.habeas.safeguards.LocalizedText;
import org.habeas.safeguards.SweptDeadlines;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A field registration that no arrival followed: when no custody record was opened from it by its
 * due time (the apprehension plus the destination jurisdiction's registration limit), the region's
 * prosecutors and the monitors get an urgent alert, once. It runs on the alert sweep's loop ({@link
 * SweptDeadlines}), each registration in a transaction of its own; everything it knows is in the
 * database (the registrations' steps), so a restart or a second instance changes nothing.
 */
@Component
class NoArrivalSweep implements SweptDeadlines {

  private static final Logger log = LoggerFactory.getLogger(NoArrivalSweep.class);
  private static final int BATCH = 500;
  private static final String SYSTEM = "system";

  private final FieldRegistrations registrations;
  private final Facilities facilities;
  private final ExternalAlerts alerts;
  private final MessageSource messages;
  private final TransactionTemplate each;

  NoArrivalSweep(
      FieldRegistrations registrations,
      Facilities facilities,
      ExternalAlerts alerts,
      MessageSource messages,
      PlatformTransactionManager transactions) {
    this.registrations = registrations;
    this.facilities = facilities;
    this.alerts = alerts;
    this.messages = messages;
    this.each = new TransactionTemplate(transactions);
    this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public int sweep(Instant now) {
    int raised = 0;
    for (var id : registrations.waiting(now, BATCH)) {
      try {
        if (Boolean.TRUE.equals(each.execute(s -> sweepOne(id, now)))) {
          raised++;
        }
      } catch (RuntimeException e) {
        // Another instance took the same step first (its key), or the database failed: next time.
        log.info(
            "Field: registration {} not swept ({}); again next sweep",
            FieldRegistrations.pseudonym(id),
            e.getClass().getName());
      }
    }
    return raised;
  }

  /** Alerts once for a registration past due without a record; false when nothing was owed. */
  boolean sweepOne(UUID id, Instant now) {
    var r = registrations.stored(id).orElseThrow();
    if (r.dueAt() == null || now.isBefore(r.dueAt())) {
      return false;
    }
    var steps = registrations.steps(id);
    if (steps.stream()
        .anyMatch(s -> s.type().equals(Steps.RECORD_OPENED) || s.type().equals(Steps.ALERTED))) {
      return false;
    }
    var zone = facilities.find(r.toFacilityId()).map(Facility::zone).orElse(ZoneOffset.UTC);
    var alert =
        new ExternalAlerts.Raised(
            id.toString(),
            FieldRegistrations.pseudonym(id),
            Steps.RULE,
            new LocalizedText(
                title(Locale.forLanguageTag("kk")),
                title(Locale.forLanguageTag("ru")),
                title(Locale.ENGLISH)),
            r.limitBasis() == null ? "-" : r.limitBasis(),
            r.apprehendedAt(),
            r.limitAt(),
            r.toFacilityId(),
            r.regionCode(),
            zone);
    var alertId = alerts.raiseBreach(Steps.RULE + "|" + id, alert, now);
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("ruleId", Steps.RULE);
    details.put("limitAt", r.limitAt() == null ? null : r.limitAt().toString());
    details.put("dueAt", r.dueAt().toString());
    details.put("alertId", alertId.map(String::valueOf).orElse(null));
    registrations.append(
        r, FieldRegistrations.lastSeq(steps) + 1, Steps.ALERTED, now, SYSTEM, details, null);
    log.warn(
        "Field: no arrival for registration {} within its limit; prosecutor and monitors alerted",
        FieldRegistrations.pseudonym(id));
    return true;
  }

  private String title(Locale locale) {
    return messages.getMessage("fieldRegistration.alert.title", null, locale);
  }
}
