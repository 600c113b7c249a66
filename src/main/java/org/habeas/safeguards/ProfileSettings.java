package org.habeas.safeguards;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What holds for a whole profile rather than for one rule.
 *
 * @param zone which facility's zone counts night and day
 * @param languagesOfProceedings ISO 639-1 codes; a person whose language is not among them needs an
 *     interpreter (empty: only an assigned interpreter says so)
 * @param lateEntryAfter how long after an event it may be recorded before {@code record.late-entry}
 * @param relevantTime when the {@value EventPattern#RELEVANT_TIME} clock starts, if the profile has
 *     one
 * @param openTooLong the absolute maximum of {@code record.open-too-long}
 * @param complaints what the profile says of complaints, if anything
 * @param registrationLimit how soon a custody record must be opened after a detention, for a report
 *     of a detention that no record acknowledges (module detentionreports); null: the profile sets
 *     no such limit and such a report raises no alert
 */
public record ProfileSettings(
    ZoneHandling zone,
    List<String> languagesOfProceedings,
    Duration lateEntryAfter,
    @Nullable RelevantTime relevantTime,
    OpenTooLong openTooLong,
    @Nullable Complaints complaints,
    @Nullable RegistrationLimit registrationLimit) {

  /** Settings that say nothing of complaints or of registration (as before issue 16). */
  public ProfileSettings(
      ZoneHandling zone,
      List<String> languagesOfProceedings,
      Duration lateEntryAfter,
      @Nullable RelevantTime relevantTime,
      OpenTooLong openTooLong) {
    this(zone, languagesOfProceedings, lateEntryAfter, relevantTime, openTooLong, null, null);
  }

  /**
   * Complaints under this profile's law.
   *
   * @param stillHeldFirstResponse how soon a complaint from (or about) a person still held must
   *     have its first response (leave the status received), instead of the ordinary first deadline
   */
  public record Complaints(Duration stillHeldFirstResponse) {}

  /**
   * A detention must be acknowledged by a custody record within {@code limit}.
   *
   * @param basisText the law behind the limit, in kk/ru/en
   */
  public record RegistrationLimit(Duration limit, LocalizedText basisText, Confidence confidence) {

    /** The law behind the limit, in English: the form stored with reports and alerts. */
    public String basis() {
      return basisText.en();
    }
  }

  /**
   * The PACE relevant time: the first {@code from} event, or {@code atLatest} after apprehension if
   * that comes first.
   */
  public record RelevantTime(List<EventPattern> from, Duration atLatest) {}

  /**
   * No record stays open longer than {@code limit} from apprehension, whatever extensions say.
   *
   * @param basis the law behind the maximum
   */
  public record OpenTooLong(Duration limit, String basis, Confidence confidence) {}
}
