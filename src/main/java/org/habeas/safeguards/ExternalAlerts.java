package org.habeas.safeguards;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Raising an alert about something other than a custody record (a report of a detention that no
 * record acknowledges: module {@code detentionreports}): it lands in the same inbox, stored once
 * under its key whoever raises it, and is sent to the prosecutors of its region and to the monitors
 * as every alert is. The alerts module implements it.
 */
public interface ExternalAlerts {

  /**
   * What the alert says; nothing personal.
   *
   * @param streamId the id of what it is about (a report's id)
   * @param pseudonym its stand-in in the inbox
   * @param ruleId starts with {@value #REPORT_RULE_PREFIX} for a report of a detention (the inbox
   *     then links to the report's page)
   * @param facilityId the facility, or the region's code where none is known
   */
  record Raised(
      String streamId,
      String pseudonym,
      String ruleId,
      LocalizedText title,
      String basis,
      @Nullable Instant startedAt,
      @Nullable Instant dueAt,
      String facilityId,
      @Nullable String regionCode,
      ZoneId zone) {}

  /** What the ids of the rules of alerts about a report of a detention start with. */
  String REPORT_RULE_PREFIX = "detention-report.";

  /** What the ids of the rules of alerts about a field registration start with. */
  String FIELD_RULE_PREFIX = "field-registration.";

  /**
   * Stores a breach alert unless one with the same key exists and queues its sending; returns its
   * id only if this call stored it. In the caller's transaction.
   */
  Optional<Long> raiseBreach(String key, Raised alert, Instant now);
}
