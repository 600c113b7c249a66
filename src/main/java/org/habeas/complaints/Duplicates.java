package org.habeas.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Possible duplicates: two complaints about the same custody record, or about the same person at
 * the same facility within a few days of each other. Only flagged for the handler, never merged.
 */
public final class Duplicates {

  /** What duplicate detection compares. */
  public record Candidate(
      String id,
      @Nullable String victimName,
      @Nullable String facilityId,
      @Nullable String custodyRecordId,
      Instant lodgedAt) {}

  private Duplicates() {}

  /** Whether {@code b} is likely the same complaint as {@code a}. */
  public static boolean likely(Candidate a, Candidate b, Duration window) {
    if (a.id().equals(b.id())) {
      return false;
    }
    if (a.custodyRecordId() != null && a.custodyRecordId().equals(b.custodyRecordId())) {
      return true;
    }
    if (a.facilityId() == null || !Objects.equals(a.facilityId(), b.facilityId())) {
      return false;
    }
    var ka = key(a.victimName());
    if (ka.isEmpty() || !ka.equals(key(b.victimName()))) {
      return false;
    }
    return Duration.between(a.lodgedAt(), b.lodgedAt()).abs().compareTo(window) <= 0;
  }

  /** How names are compared: letters and digits only, lower-case, in any order of words. */
  static String key(@Nullable String name) {
    if (name == null) {
      return "";
    }
    var words =
        name.toLowerCase(Locale.ROOT)
            .replace('ё', 'е')
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip()
            .split(" ");
    Arrays.sort(words);
    return String.join(" ", words).strip();
  }
}
