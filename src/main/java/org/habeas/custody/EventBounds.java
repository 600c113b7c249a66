package org.habeas.custody;

import static org.habeas.custody.CustodyRuleViolation.OUT_OF_BOUNDS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The plausible range of every date in a custody event: the {@code record.out-of-bounds} rule.
 *
 * <p>Bean Validation says a date is there; this says it is one a record can hold. Without it a
 * {@code DetentionExtended} until the year 999999999 was stored, and every later showing of the
 * record failed (issue 14, finding 8); a birth date in the future was taken (finding 9).
 *
 * <ul>
 *   <li>Nothing happened before {@link #EARLIEST} (no register typed up from paper is older).
 *   <li>A detention is extended to at most {@link #LONGEST_EXTENSION} after the apprehension: the
 *       longest police detention before a court that any law Habeas knows allows (UK Terrorism Act
 *       2000, Schedule 8, as amended in 2012: 14 days). It is well past the limits of the profiles
 *       themselves (Kazakhstan 72 h, PACE 96 h, ECHR article 5(3) about 4 days), so that an
 *       unlawful extension can still be recorded and the safeguards flag it, while a mistyped year
 *       is refused.
 *   <li>A person is born on or before the day of their apprehension, and at most {@link
 *       #OLDEST_AGE} years before it (the oldest person documented lived to 122).
 * </ul>
 */
final class EventBounds {

  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  static final Duration LONGEST_EXTENSION = Duration.ofDays(14);
  static final int OLDEST_AGE = 120;

  /** The day of an instant where it is latest (UTC+14): a birth on "today" anywhere is allowed. */
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

  private EventBounds() {}

  /**
   * Checks the candidate's dates (and a correction's replacement's) against the record so far.
   *
   * @throws CustodyRuleViolation naming the field out of bounds
   */
  static void check(List<StoredEvent> existing, CustodyEvent candidate) {
    check(existing, candidate, "");
    if (candidate instanceof Corrected c && c.replacement() != null) {
      check(existing, c.replacement(), "replacement.");
    }
  }

  private static void check(List<StoredEvent> existing, CustodyEvent e, String prefix) {
    if (e.occurredAt().isBefore(EARLIEST)) {
      throw refused("custody.rule.too-early", prefix + "occurredAt", e.occurredAt(), EARLIEST);
    }
    switch (e) {
      case Apprehended a when a.person() != null && a.person().birthDate() != null -> {
        LocalDate born = a.person().birthDate();
        LocalDate day = LocalDate.ofInstant(a.occurredAt(), LATEST_ZONE);
        if (born.isAfter(day)) {
          throw refused(
              "custody.rule.born-after-apprehension", prefix + "person.birthDate", born, day);
        }
        if (born.isBefore(day.minusYears(OLDEST_AGE))) {
          throw refused(
              "custody.rule.born-too-long-ago", prefix + "person.birthDate", born, day, OLDEST_AGE);
        }
      }
      case DetentionExtended x when x.until() != null && !existing.isEmpty() -> {
        Instant apprehended = CustodyRecord.replay(existing).apprehendedAt();
        Instant latest = apprehended.plus(LONGEST_EXTENSION);
        if (x.until().isAfter(latest)) {
          throw refused(
              "custody.rule.extension-too-long",
              prefix + "until",
              x.until(),
              apprehended,
              LONGEST_EXTENSION.toDays());
        }
      }
      default -> {}
    }
  }

  private static CustodyRuleViolation refused(String code, String field, Object... args) {
    return new CustodyRuleViolation(OUT_OF_BOUNDS, code, field, args);
  }
}
