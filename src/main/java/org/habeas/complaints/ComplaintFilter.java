package org.habeas.complaints;

import org.jspecify.annotations.Nullable;

/**
 * What the complaints list is narrowed to; every part optional.
 *
 * @param overdue only complaints past their deadline
 * @param assignee the handler's user name
 * @param q full-text search
 * @param facilityId the facility the complaint is about
 * @param regionCode the region of that facility
 * @param dueSoon only complaints due within the warning time (or past it)
 * @param mine only complaints assigned to the one who asks
 */
public record ComplaintFilter(
    @Nullable ComplaintStatus status,
    @Nullable Category category,
    @Nullable Boolean urgent,
    boolean overdue,
    @Nullable String assignee,
    @Nullable String q,
    @Nullable String facilityId,
    @Nullable String regionCode,
    boolean dueSoon,
    boolean mine) {

  /** The filter the API offers: no facility, region, due-soon or "mine". */
  public ComplaintFilter(
      @Nullable ComplaintStatus status,
      @Nullable Category category,
      @Nullable Boolean urgent,
      boolean overdue,
      @Nullable String assignee,
      @Nullable String q) {
    this(status, category, urgent, overdue, assignee, q, null, null, false, false);
  }

  public ComplaintFilter {
    facilityId = facilityId == null || facilityId.isBlank() ? null : facilityId.strip();
    regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
  }

  public static ComplaintFilter none() {
    return new ComplaintFilter(null, null, null, false, null, null);
  }
}
