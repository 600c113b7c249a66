package org.habeas.safeguards.alerts;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the alert inbox is narrowed to; every part optional.
 *
 * @param status open, acknowledged or resolved; all when null
 * @param facilityId the facility the record is held at
 * @param ruleId the safeguard rule that raised the alert
 * @param due when the deadline falls, in the facility's own day
 */
public record AlertFilter(
    @Nullable AlertStatus status,
    @Nullable String facilityId,
    @Nullable String ruleId,
    @Nullable Due due) {

  /** When a deadline falls, as the inbox asks it: passed, later today (facility time), later. */
  public enum Due {
    OVERDUE,
    TODAY,
    LATER;

    /** The URL's word for it ({@code overdue}, {@code today}, {@code later}). */
    public String param() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The due choice named by the URL word, or null for none (or a word it does not know). */
    public static @Nullable Due of(@Nullable String param) {
      if (param == null || param.isBlank()) {
        return null;
      }
      for (var d : values()) {
        if (d.param().equalsIgnoreCase(param.strip())) {
          return d;
        }
      }
      return null;
    }
  }

  /** Only the status; the rest open. */
  public static AlertFilter status(@Nullable AlertStatus status) {
    return new AlertFilter(status, null, null, null);
  }

  public AlertFilter {
    facilityId = facilityId == null || facilityId.isBlank() ? null : facilityId.strip();
    ruleId = ruleId == null || ruleId.isBlank() ? null : ruleId.strip();
  }
}
