package org.habeas.custody;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines a record has coming, for the custody board and the record's clock: the next cell
 * check, the next review of detention or court deadline, and the next deadline of any kind. The
 * safeguards module implements it from the profile in force; custody uses it when such a bean
 * exists and never depends on its module (as with {@link DetentionLimits}).
 */
public interface RecordDeadlines {

  /** One deadline: the rule's title in the reader's language, and when it falls due. */
  record Due(String ruleId, String title, Instant at) {}

  /**
   * What a record has coming.
   *
   * @param cellCheck the next cell visit due
   * @param review the next review of detention or decision of a court due
   * @param next the next deadline of any kind
   * @param breached how many obligations stand breached
   */
  record Coming(@Nullable Due cellCheck, @Nullable Due review, @Nullable Due next, int breached) {

    /** Nothing coming, nothing breached (a record the engine cannot judge). */
    public static final Coming NONE = new Coming(null, null, null, 0);
  }

  /** The deadlines of a record with these stored events, as they stand at {@code at}. */
  Coming coming(List<StoredEvent> events, Instant at, Locale locale);
}
