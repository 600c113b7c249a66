package org.habeas.training.moodle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.habeas.training.Staff;
import org.habeas.training.StaffDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Matches a report row to the staff directory: by personnel number (Moodle's "ID number"), then by
 * e-mail address; a match by name alone is only proposed and needs the coordinator's confirmation.
 */
public final class Matching {

  /** How a row was matched, or why not. */
  public enum Status {
    BY_NUMBER,
    BY_EMAIL,
    BY_NAME_TO_CONFIRM,
    NOT_COMPLETED,
    UNKNOWN_NUMBER,
    AMBIGUOUS_NAME,
    NO_MATCH,
    /** The row is dated after today: an error in the report, never imported. */
    FUTURE_DATE;

    /** Whether the row is imported without a confirmation (ticked in advance). */
    public boolean sure() {
      return this == BY_NUMBER || this == BY_EMAIL;
    }

    /** Whether the row names a person who may be imported. */
    public boolean importable() {
      return sure() || this == BY_NAME_TO_CONFIRM;
    }

    /** The message code of the status. */
    public String code() {
      return "training.match." + name();
    }
  }

  /** The outcome for one row. */
  public record Match(MoodleReport.Row row, Status status, @Nullable Staff staff) {}

  private Matching() {}

  public static Match match(MoodleReport.Row row, List<Staff> directory) {
    if (!row.completed()) {
      return new Match(row, Status.NOT_COMPLETED, null);
    }
    if (!row.idNumber().isBlank()) {
      var number = StaffDirectory.key(row.idNumber());
      var found =
          directory.stream()
              .filter(s -> StaffDirectory.key(s.personnelNumber()).equals(number))
              .findFirst();
      if (found.isPresent()) {
        return new Match(row, Status.BY_NUMBER, found.get());
      }
    }
    if (!row.email().isBlank()) {
      var email = row.email().strip().toLowerCase(Locale.ROOT);
      var found =
          directory.stream()
              .filter(
                  s ->
                      s.email() != null && s.email().strip().toLowerCase(Locale.ROOT).equals(email))
              .toList();
      if (found.size() == 1) {
        return new Match(row, Status.BY_EMAIL, found.getFirst());
      }
    }
    var name = StaffDirectory.key(row.fullName());
    var reversed = StaffDirectory.key(row.surname() + " " + row.firstName());
    if (!name.isBlank()) {
      var found =
          directory.stream()
              .filter(
                  s -> {
                    var k = StaffDirectory.key(s.fullName());
                    return k.equals(name) || k.equals(reversed);
                  })
              .toList();
      if (found.size() == 1) {
        return new Match(row, Status.BY_NAME_TO_CONFIRM, found.getFirst());
      }
      if (found.size() > 1) {
        return new Match(row, Status.AMBIGUOUS_NAME, null);
      }
    }
    return new Match(row, row.idNumber().isBlank() ? Status.NO_MATCH : Status.UNKNOWN_NUMBER, null);
  }

  public static List<Match> all(List<MoodleReport.Row> rows, List<Staff> directory) {
    return rows.stream().map(r -> match(r, directory)).toList();
  }

  /**
   * Matches every row, and marks a completed row dated after {@code latest} (the last day that has
   * begun somewhere) as {@link Status#FUTURE_DATE}: it names its person but is never imported.
   */
  public static List<Match> all(
      List<MoodleReport.Row> rows, List<Staff> directory, LocalDate latest) {
    return rows.stream()
        .map(r -> match(r, directory))
        .map(
            m ->
                m.row().completed()
                        && m.row().completedOn() != null
                        && m.row().completedOn().isAfter(latest)
                    ? new Match(m.row(), Status.FUTURE_DATE, m.staff())
                    : m)
        .toList();
  }
}
