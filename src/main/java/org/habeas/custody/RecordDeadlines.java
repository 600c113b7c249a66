package org.habeas.custody;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines a record has coming, as the custody board and the record's clock show them: the
 * next cell check, the next review of detention or court deadline, and the next deadline of any
 * kind. They come from the judgement the safeguards module last published for the record ({@link
 * RecordJudged}, kept in custody's read model): custody never runs the engine itself. A holder of
 * the two shapes, not a service.
 */
public final class RecordDeadlines {

  private RecordDeadlines() {}

  /** One deadline: the rule's title in the reader's language, and when it falls due. */
  public record Due(String ruleId, String title, Instant at) {

    static @Nullable Due of(RecordJudged.@Nullable Deadline d, Locale locale) {
      return d == null ? null : new Due(d.ruleId(), d.title(locale.getLanguage()), d.at());
    }
  }

  /**
   * What a record has coming.
   *
   * @param cellCheck the next cell visit due
   * @param review the next review of detention or decision of a court due
   * @param next the next deadline of any kind
   * @param breached how many obligations stand breached
   */
  public record Coming(
      @Nullable Due cellCheck, @Nullable Due review, @Nullable Due next, int breached) {

    /** Nothing coming, nothing breached (a record not judged yet, or one the engine cannot). */
    public static final Coming NONE = new Coming(null, null, null, 0);

    /** What a stored judgement has coming, titles in the reader's language; NONE for none. */
    static Coming of(@Nullable RecordJudged judged, Locale locale) {
      if (judged == null) {
        return NONE;
      }
      return new Coming(
          Due.of(judged.cellCheck(), locale),
          Due.of(judged.review(), locale),
          Due.of(judged.next(), locale),
          judged.breached());
    }
  }
}
