package org.habeas.custody;

import org.jspecify.annotations.Nullable;

/**
 * What a list of records is narrowed to and sorted by.
 *
 * @param sort one of {@code apprehended} (newest first, the default), {@code oldest}, {@code limit}
 *     (nearest legal limit first)
 */
public record RecordFilter(
    @Nullable String facilityId,
    @Nullable RecordStatus status,
    @Nullable Boolean juvenile,
    String sort) {

  public static RecordFilter openAt(@Nullable String facilityId) {
    return new RecordFilter(facilityId, RecordStatus.OPEN, null, "limit");
  }

  String orderBy() {
    return switch (sort) {
      case "oldest" -> "v.apprehended_at asc, v.record_id";
      case "limit" -> "v.limit_at asc, v.record_id";
      default -> "v.apprehended_at desc, v.record_id";
    };
  }
}
