package org.habeas.custody;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a list of records is narrowed to and sorted by.
 *
 * <p>A status of {@code OPEN} lists everyone held: in police custody, and on remand at a remand
 * prison continuing the record ({@code REMANDED}, issue 16).
 *
 * @param sort one of {@code apprehended} (newest first, the default), {@code oldest}, {@code limit}
 *     (nearest legal limit first)
 * @param search a person's full name or one word of it, their national identity number (IIN), or
 *     the record's number (the start of its id, or its pseudonym {@code D-…}); null for any
 * @param apprehendedFrom only records of people apprehended on or after this instant
 * @param apprehendedTo only records of people apprehended before this instant
 */
public record RecordFilter(
    @Nullable String facilityId,
    @Nullable RecordStatus status,
    @Nullable Boolean juvenile,
    String sort,
    @Nullable String search,
    @Nullable Instant apprehendedFrom,
    @Nullable Instant apprehendedTo) {

  public RecordFilter(
      @Nullable String facilityId,
      @Nullable RecordStatus status,
      @Nullable Boolean juvenile,
      String sort) {
    this(facilityId, status, juvenile, sort, null, null, null);
  }

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
