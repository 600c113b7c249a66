package org.habeas.custody;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When a record's medical examination falls due, as another module judges it (the safeguards'
 * obligations met by a {@link MedicalExaminationCompleted}), without custody depending on it.
 */
public interface MedicalDue {

  /**
   * The examination still owed on a record: when it falls due, and whether that has passed.
   *
   * @param dueAt when it falls due, if the rule says
   */
  record Due(@Nullable Instant dueAt, boolean overdue) {}

  /** For each record that still owes one at {@code now}, its earliest medical examination owed. */
  Map<String, Due> owed(Collection<String> recordIds, Instant now);
}
