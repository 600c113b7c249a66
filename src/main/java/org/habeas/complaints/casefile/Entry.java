package org.habeas.complaints.casefile;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored revision of a case-file item. Revision 1 records the item; each later revision
 * corrects it (with a reason) or withdraws it; nothing stored is ever changed.
 *
 * @param values the fields' values by field name: String, LocalDate, Boolean or UUID; absent when
 *     not given
 */
public record Entry(
    Kind kind,
    UUID itemId,
    int revision,
    boolean withdrawn,
    @Nullable String reason,
    String recordedBy,
    Instant recordedAt,
    Map<String, Object> values) {

  public Entry {
    values = Map.copyOf(values);
  }

  public @Nullable Object get(String field) {
    return values.get(field);
  }

  /** A field's value as text for forms and pages ({@code ""} when not given). */
  public String text(String field) {
    var v = values.get(field);
    return v == null ? "" : v.toString();
  }

  public @Nullable UUID ref(String field) {
    return values.get(field) instanceof UUID u ? u : null;
  }

  /** The timeline entry type for this revision, e.g. {@code casefile.ActCorrected}. */
  public String timelineType() {
    var what = withdrawn ? "Withdrawn" : revision == 1 ? "Recorded" : "Corrected";
    return "casefile." + kind.eventName() + what;
  }
}
