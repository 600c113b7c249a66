package org.habeas.safeguards.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.habeas.safeguards.ExternalAlerts;
import org.habeas.safeguards.LocalizedText;
import org.habeas.safeguards.ShippedProfiles;
import org.jspecify.annotations.Nullable;

/**
 * An alert as the inbox keeps it. It names the record only by its pseudonym: no personal data.
 *
 * @param title the rule's title in kk/ru/en
 * @param zone the facility's zone, in which the due time is shown
 */
public record Alert(
    long id,
    String recordId,
    String pseudonym,
    String ruleId,
    AlertKind kind,
    LocalizedText title,
    String basis,
    @Nullable Instant startedAt,
    @Nullable Instant dueAt,
    String facilityId,
    @Nullable String regionCode,
    ZoneId zone,
    Instant raisedAt,
    AlertStatus status) {

  /**
   * The page the alert is about: the custody record, or the report of a detention (its rule id
   * starts with {@link ExternalAlerts#REPORT_RULE_PREFIX}, its record id is the report's).
   */
  public String path() {
    return (ruleId.startsWith(ExternalAlerts.REPORT_RULE_PREFIX)
            ? "/detention-reports/"
            : ruleId.startsWith(ExternalAlerts.FIELD_RULE_PREFIX)
                ? "/field-registrations/"
                : "/custody/")
        + recordId;
  }

  /** The same alert, as stored under the id. */
  public Alert withId(long stored) {
    return new Alert(
        stored,
        recordId,
        pseudonym,
        ruleId,
        kind,
        title,
        basis,
        startedAt,
        dueAt,
        facilityId,
        regionCode,
        zone,
        raisedAt,
        status);
  }

  /** The law the rule rests on, in the locale's language where the shipped profiles give it. */
  public String basis(Locale locale) {
    return ShippedProfiles.basis(basis, locale);
  }

  public String title(Locale locale) {
    return title.in(locale);
  }
}
