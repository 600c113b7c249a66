package org.habeas.complaints.casefile;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One form on a case-file page: to record a new item of a kind or to correct one, with what the
 * user typed and the errors by field after a refused attempt.
 *
 * @param id the HTML id prefix, unique on the page
 * @param correcting the item being corrected, or null for a new item
 */
public record Form(
    String id,
    Kind kind,
    String action,
    Map<String, String> values,
    Map<String, String> errors,
    @Nullable Entry correcting,
    @Nullable String problem) {

  public List<Field> fields() {
    return kind.fields();
  }

  /** Opened on the page (not folded away): a correction, or a refused attempt. */
  public boolean open() {
    return correcting != null || !errors.isEmpty() || problem != null;
  }

  public @Nullable String error(String field) {
    return errors.get(field);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }
}
