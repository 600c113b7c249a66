package org.habeas.safeguards;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * @param lookup what the public lookup ("is my relative held, and where?", module detentionreports)
 *     discloses of a record under this profile, and to whom; null: nothing, to anyone (every
 *     enquiry is answered "not found")
 */
public record ProfileSettings(
    ZoneHandling zone,
    List<String> languagesOfProceedings,
    Duration lateEntryAfter,
    @Nullable RelevantTime relevantTime,
    OpenTooLong openTooLong,
    @Nullable Complaints complaints,
    @Nullable RegistrationLimit registrationLimit,
    @Nullable Lookup lookup) {

  /** Settings that say nothing of the public lookup (as before issue 19). */
  public ProfileSettings(
      ZoneHandling zone,
      List<String> languagesOfProceedings,
      Duration lateEntryAfter,
      @Nullable RelevantTime relevantTime,
      OpenTooLong openTooLong,
      @Nullable Complaints complaints,
      @Nullable RegistrationLimit registrationLimit) {
    this(
        zone,
        languagesOfProceedings,
        lateEntryAfter,
        relevantTime,
        openTooLong,
        complaints,
        registrationLimit,
        null);
  }

  /** Settings that say nothing of complaints or of registration (as before issue 16). */
  public ProfileSettings(
      ZoneHandling zone,
      List<String> languagesOfProceedings,
      Duration lateEntryAfter,
      @Nullable RelevantTime relevantTime,
      OpenTooLong openTooLong) {
    this(zone, languagesOfProceedings, lateEntryAfter, relevantTime, openTooLong, null, null, null);
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

  /**
   * The disclosure policy of the public lookup (issue 19): who may ask, what identifies the person,
   * how long after a record closed it is still told of, and which of its facts are told.
   *
   * @param whoMayAsk anyone, or only lawyers signed in and giving their bar number
   * @param nationalId whether the enquirer must give the person's national identity number (kz: the
   *     IIN), may give it, or the profile does not use one
   * @param closedWithin a record closed this long ago or less is still told of; older ones are not
   * @param disclose the facts told of a record found; nothing else ever is
   * @param basisText the law behind the policy, in kk/ru/en
   */
  public record Lookup(
      WhoMayAsk whoMayAsk,
      NationalIdUse nationalId,
      Duration closedWithin,
      Set<Disclosed> disclose,
      LocalizedText basisText,
      Confidence confidence) {

    public Lookup {
      disclose = Set.copyOf(disclose);
    }

    /** The law behind the policy, in English. */
    public String basis() {
      return basisText.en();
    }

    public boolean discloses(Disclosed fact) {
      return disclose.contains(fact);
    }
  }

  /** Who may ask the lookup. */
  public enum WhoMayAsk {
    /** Anyone, without signing in. */
    ANYONE,
    /** Only a lawyer, signed in, who gives a bar number (recorded with the enquiry). */
    LAWYERS;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What the lookup makes of the person's national identity number. */
  public enum NationalIdUse {
    /** It must be given, and match the record's when the record holds one. */
    REQUIRED,
    /** It may be given; given, it must match the record's when the record holds one. */
    OPTIONAL,
    /** It is not asked for and not compared. */
    UNUSED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The facts of a record the lookup may tell. */
  public enum Disclosed {
    /** Held, transferred or released. */
    STATUS("status"),
    /** The facility's name, address and phone: where the person is, was taken, or was released. */
    FACILITY("facility"),
    /** When liberty was taken. */
    APPREHENDED_AT("apprehendedAt"),
    /** When the person was released or handed over (closed records only). */
    ENDED_AT("endedAt");

    private final String code;

    Disclosed(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
