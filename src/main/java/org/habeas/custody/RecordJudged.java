package org.habeas.custody;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Published by the safeguards module, inside the same transaction, each time it has judged a record
 * (after an event is stored, and when its sweep judges a record again as time passes): what the
 * custody board and the detention clock show, so that custody never runs the engine itself and
 * never calls back into safeguards. Safeguards owns the legal limit and keeps it in its own index;
 * custody keeps a copy in the board's read model.
 *
 * @param recordId the record
 * @param judgedAt the instant the record was judged at
 * @param legalLimit when the legal limit of detention runs out under the profile in force; null to
 *     keep the interim limit of {@link DetentionClock}
 * @param cellCheck the next cell visit due
 * @param review the next review of detention or decision of a court due
 * @param next the next deadline of any kind
 * @param breached how many obligations stood breached when judged
 */
public record RecordJudged(
    String recordId,
    Instant judgedAt,
    @Nullable Instant legalLimit,
    @Nullable Deadline cellCheck,
    @Nullable Deadline review,
    @Nullable Deadline next,
    int breached) {

  /**
   * One deadline: its rule, the rule's title by language code ({@code kk}, {@code ru}, {@code en}),
   * and when it falls due.
   */
  public record Deadline(String ruleId, Map<String, String> titles, Instant at) {

    /** The title in {@code language}, else in English, else the rule id. */
    public String title(String language) {
      var t = titles.get(language);
      if (t == null) {
        t = titles.get("en");
      }
      return t == null ? ruleId : t;
    }
  }
}
