package org.habeas.safeguards;

import java.util.ArrayList;
import java.util.Map;

/**
 * The English words of the profile model for the generated pages: kinds of rule, conditions,
 * checks, confidence, and the labels and flags of the terms.
 */
final class RuleVocabulary {

  private RuleVocabulary() {}

  /** The English words of a kind of rule, by its code. */
  static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry(
              "deadline",
              "Deadline: a clock starts at an event, and another event must meet it within the"
                  + " limit"),
          Map.entry(
              "absolute-max", "Absolute maximum: like a deadline, but no extension can move it"),
          Map.entry(
              "before-first-questioning",
              "Before the first questioning: it must happen before anyone questions the person"
                  + " (and within the limit, if there is one)"),
          Map.entry(
              "every-questioning",
              "At every questioning: each questioning must pass the check, unless a valid waiver"
                  + " came before it"),
          Map.entry(
              "continuous-max",
              "Continuous questioning: no questioning lasts longer than the limit without a long"
                  + " enough break"),
          Map.entry(
              "per-day-total",
              "Questioning per day: questioning in one calendar day of the facility stays within"
                  + " the total"),
          Map.entry(
              "night-window", "Night: no questioning in the night window of the facility's time"),
          Map.entry(
              "periodic",
              "Periodic checks: a chain of checks, each due within the limit of the last"),
          Map.entry(
              "rest-period",
              "Rest: in each period of custody, an uninterrupted rest of at least the given"
                  + " length"),
          Map.entry(
              "extension",
              "Extension: judges each extension of another rule's deadline (who granted it,"
                  + " when, how far)"),
          Map.entry(
              "delay-authorisation",
              "Delay of a right: judges who authorised a delay of a right, and why"));

  /** The English words of a condition, by its code, as in "applies only when …". */
  static final Map<String, String> CONDITIONS =
      Map.of(
          "juvenile",
          "the person is a juvenile (under 18 on the day of apprehension)",
          "foreignNational",
          "the person is a foreign national",
          "indictable",
          "the offence is indictable",
          "interpreterNeeded",
          "the person needs an interpreter",
          "intoxicated",
          "the person is intoxicated (as the last cell visit found)",
          "consularChoiceRecorded",
          "the foreign national’s wish about the consulate is recorded");

  /** The English words of a questioning check, by its code. */
  static final Map<String, String> CHECKS =
      Map.of(
          "lawyerPresent", "a lawyer present",
          "legalRepresentativePresent", "a legal representative or appropriate adult present",
          "interpreterPresent", "an interpreter present",
          "videoRecorded", "a video recording that covers it");

  /** Confidence in words, as the application shows it. */
  static final Map<Confidence, String> CONFIDENCE =
      Map.of(
          Confidence.H, "H — read in the law or an official text",
          Confidence.M, "M — secondary sources agree",
          Confidence.L, "L — unconfirmed lead, to be checked against the official text");

  /**
   * Labels of the terms, by the name of the record component; {@code Kind.component} where a name
   * means different things in different kinds.
   */
  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("from", "Starts at"),
          Map.entry("NightWindow.from", "Night from"),
          Map.entry("NightWindow.to", "Night until"),
          Map.entry("Periodic.from", "Chain starts (again) at"),
          Map.entry("RestPeriod.from", "Periods counted from"),
          Map.entry("RelevantTime.from", "Starts at the first of"),
          Map.entry("each", "Each start"),
          Map.entry("metBy", "Met by"),
          Map.entry("limit", "Limit"),
          Map.entry("measuredFrom", "Limit counted from"),
          Map.entry("extension", "Extension"),
          Map.entry("delays", "Delays"),
          Map.entry("survivesRelease", "After release"),
          Map.entry("clock", "Custody clock"),
          Map.entry("requires", "Every questioning must have"),
          Map.entry("waiver", "Waiver"),
          Map.entry("minBreak", "Break"),
          Map.entry("urgencyWaives", "Urgency"),
          Map.entry("pausedBy", "Paused by"),
          Map.entry("period", "In every"),
          Map.entry("rest", "Rest of at least"),
          Map.entry("interruptedBy", "Rest interrupted by"),
          Map.entry("extendsRule", "Extends the rule"),
          Map.entry("right", "Of the right"),
          Map.entry("by", "Who may"),
          Map.entry("Waiver.by", "A valid waiver is"),
          Map.entry("notFor", "Never valid when"),
          Map.entry("revokedBy", "Taken back by"),
          Map.entry("ranks", "Ranks"),
          Map.entry("Authority.requires", "Only in a case where"),
          Map.entry("notInvolved", "Not involved"),
          Map.entry("upTo", "Up to"),
          Map.entry("before", "Granted before"),
          Map.entry("afterReviews", "After reviews"),
          Map.entry("zone", "Night and day are counted in"),
          Map.entry("languagesOfProceedings", "Languages of the proceedings"),
          Map.entry("lateEntryAfter", "Late entry"),
          Map.entry("relevantTime", "Relevant time"),
          Map.entry("atLatest", "At the latest"),
          Map.entry("openTooLong", "Open too long"),
          Map.entry("OpenTooLong.limit", "No record open longer than"),
          Map.entry("RegistrationLimit.basisText", "basis"),
          Map.entry("Lookup.basisText", "basis"),
          Map.entry("basis", "Basis"),
          Map.entry("confidence", "Confidence"));

  /** Flags that say something only when set, in words. */
  static final Map<String, String> FLAGS =
      Map.of(
          "each", "every matching event starts its own obligation",
          "survivesRelease", "the duty remains after the person is released",
          "clock", "this is the detention limit the custody clock counts down to",
          "urgencyWaives", "a recorded reason of urgency makes questioning at night lawful",
          "notInvolved", "the one who authorises must not have questioned the person");

  /** The zone handling in words. */
  static final Map<String, String> ZONES =
      Map.of(
          "event-facility",
          "the zone of the facility where each event happened (a transfer changes it)",
          "apprehension-facility",
          "the zone of the facility of apprehension, for the whole record");

  /** The kind of rule in words. */
  static String kind(RuleKind kind) {
    return KINDS.getOrDefault(kind.code(), kind.code());
  }

  /** When a rule applies, in words: "always", or "only when …". */
  static String when(Map<Condition, Boolean> when) {
    if (when.isEmpty()) {
      return "always";
    }
    var parts = new ArrayList<String>();
    when.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> parts.add((e.getValue() ? "only when " : "not when ") + condition(e.getKey())));
    return String.join("; and ", parts);
  }

  static String condition(Condition c) {
    return CONDITIONS.getOrDefault(c.code(), "`" + c.code() + "`");
  }

  static String check(QuestioningCheck q) {
    return CHECKS.getOrDefault(q.code(), "`" + q.code() + "`");
  }

  static String label(String kind, String name) {
    String known = LABELS.get(kind + "." + name);
    if (known == null) {
      known = LABELS.get(name);
    }
    return known != null ? known : TermWords.humanise(name);
  }
}
