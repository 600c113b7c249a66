package org.habeas.complaints;

import org.jspecify.annotations.Nullable;

/**
 * What the complaints list is narrowed to; every part optional.
 *
 * @param q full-text search
 */
public record ComplaintFilter(
    @Nullable ComplaintStatus status,
    @Nullable Category category,
    @Nullable Boolean urgent,
    boolean overdue,
    @Nullable String assignee,
    @Nullable String q) {

  public static ComplaintFilter none() {
    return new ComplaintFilter(null, null, null, false, null, null);
  }
}
