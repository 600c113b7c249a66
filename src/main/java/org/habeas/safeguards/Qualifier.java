package org.habeas.safeguards;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.habeas.custody.CellVisited;
import org.habeas.custody.Charged;
import org.habeas.custody.ConsulNotified;
import org.habeas.custody.ConsularNotificationChosen;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DetentionExtended;
import org.habeas.custody.DetentionReviewed;
import org.habeas.custody.LawyerWaived;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RelativeNotified;
import org.habeas.custody.ReportRegistered;
import org.habeas.custody.RightsExplained;
import org.jspecify.annotations.Nullable;

/**
 * A field of an event that a rule may ask about, e.g. only a notice {@code about: ill-treatment}
 * meets the duty to report ill-treatment.
 *
 * <p>A small fixed vocabulary rather than any field: each one here is read in a known way (an
 * absent {@code about} means detention, an absent {@code intoxicated} means sober, ranks are
 * compared without case or apostrophes), and a profile naming anything else is refused.
 */
public enum Qualifier {
  /** What a notice was about: {@code detention} (also when absent) or {@code ill-treatment}. */
  ABOUT("about", List.of("detention", "ill-treatment")),
  /** Which right a delay is of: {@code lawyer} or {@code notification}. */
  RIGHT("right", List.of("lawyer", "notification")),
  /** The rank of whoever reviewed, extended or delayed: any of the listed ranks. */
  RANK("rank", List.of()),
  /** Whether a cell visit found the person drunk or intoxicated. */
  INTOXICATED("intoxicated", List.of("true", "false")),
  /** Whether a doctor found injuries. */
  INJURIES_FOUND("injuriesFound", List.of("true", "false")),
  /** Whether rights were given, or a lawyer waived, in writing. */
  IN_WRITING("inWriting", List.of("true", "false")),
  /** Whether the person signed to acknowledge their rights. */
  ACKNOWLEDGED_BY_SIGNATURE("acknowledgedBySignature", List.of("true", "false")),
  /** Whether a waiver of a lawyer was made with a lawyer present. */
  IN_PRESENCE_OF_LAWYER("inPresenceOfLawyer", List.of("true", "false")),
  /** What the custody officer decided on bail at charge: {@code refused} or {@code granted}. */
  BAIL("bail", List.of("refused", "granted")),
  /** Whether a report was registered in the ERDR or its registration refused. */
  OUTCOME("outcome", List.of("registered", "refused")),
  /** Whether a foreign national asked for their consulate to be told. */
  CHOICE("choice", List.of("requested", "declined")),
  /** Whether a foreign national seeks asylum. */
  ASYLUM_SOUGHT("asylumSought", List.of("true", "false")),
  /** In what capacity a person was told: a juvenile's parent, guardian or appropriate adult. */
  CAPACITY("capacity", List.of("parent", "guardian", "appropriate-adult", "relative", "other"));

  private static final Pattern APOSTROPHES_AND_DOTS = Pattern.compile("['’.]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String code;
  private final List<String> allowed;

  Qualifier(String code, List<String> values) {
    this.code = code;
    this.allowed = values;
  }

  /** The name used in profile documents. */
  public String code() {
    return code;
  }

  /** The values a profile may ask for; empty when any text goes (ranks). */
  public List<String> allowed() {
    return allowed;
  }

  /** The qualifier with the given code. */
  public static Optional<Qualifier> of(String code) {
    return Arrays.stream(values()).filter(q -> q.code.equals(code)).findFirst();
  }

  /** Whether events of the given type carry this field. */
  public boolean appliesTo(String type) {
    return switch (this) {
      case ABOUT ->
          List.of("RelativeNotified", "ConsulNotified", "ProsecutorNotified").contains(type);
      case RIGHT -> type.equals("DelayAuthorised");
      case RANK ->
          List.of("DetentionReviewed", "DetentionExtended", "DelayAuthorised").contains(type);
      case INTOXICATED -> type.equals("CellVisited");
      case INJURIES_FOUND -> type.equals("MedicalExaminationCompleted");
      case IN_WRITING -> List.of("RightsExplained", "LawyerWaived").contains(type);
      case ACKNOWLEDGED_BY_SIGNATURE -> type.equals("RightsExplained");
      case IN_PRESENCE_OF_LAWYER -> type.equals("LawyerWaived");
      case BAIL -> type.equals("Charged");
      case OUTCOME -> type.equals("ReportRegistered");
      case CHOICE, ASYLUM_SOUGHT -> type.equals("ConsularNotificationChosen");
      case CAPACITY -> type.equals("RelativeNotified");
    };
  }

  /** The event's value of this field, normalised as profiles write it; null if it has none. */
  public @Nullable String valueOf(CustodyEvent e) {
    return switch (e) {
      case RelativeNotified n when this == ABOUT -> subject(n.about());
      case ConsulNotified n when this == ABOUT -> subject(n.about());
      case ProsecutorNotified n when this == ABOUT -> subject(n.about());
      case DelayAuthorised d when this == RIGHT -> d.right().code();
      case DelayAuthorised d when this == RANK -> normaliseRank(d.rank());
      case DetentionReviewed r when this == RANK -> normaliseRank(r.rank());
      case DetentionExtended x when this == RANK -> normaliseRank(x.rank());
      case CellVisited v when this == INTOXICATED -> flag(v.intoxicated());
      case MedicalExaminationCompleted m when this == INJURIES_FOUND -> flag(m.injuriesFound());
      case RightsExplained r when this == IN_WRITING -> flag(r.inWriting());
      case LawyerWaived w when this == IN_WRITING -> flag(w.inWriting());
      case RightsExplained r when this == ACKNOWLEDGED_BY_SIGNATURE ->
          flag(r.acknowledgedBySignature());
      case LawyerWaived w when this == IN_PRESENCE_OF_LAWYER -> flag(w.inPresenceOfLawyer());
      case Charged c when this == BAIL -> c.bail().code();
      case ReportRegistered r when this == OUTCOME -> r.outcome().code();
      case ConsularNotificationChosen c when this == CHOICE -> c.choice().code();
      case ConsularNotificationChosen c when this == ASYLUM_SOUGHT -> flag(c.asylumSought());
      case RelativeNotified n when this == CAPACITY ->
          n.capacity() == null ? null : n.capacity().code();
      default -> null;
    };
  }

  /** A profile's value for this qualifier in the form {@link #valueOf} gives. */
  public String normalise(String value) {
    return this == RANK ? normaliseRank(value) : value.trim();
  }

  /**
   * A rank as compared: lower case, apostrophes, dots and repeated spaces dropped, so that
   * "Magistrates’ Court" and "magistrates court" are one rank.
   */
  public static String normaliseRank(String rank) {
    return rank.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("\\s+", " ").trim();
  }

  private static String subject(@Nullable NotificationSubject about) {
    return about == null ? NotificationSubject.DETENTION.code() : about.code();
  }

  private static String flag(@Nullable Boolean value) {
    return Boolean.toString(Boolean.TRUE.equals(value));
  }

  @Override
  public String toString() {
    return code;
  }
}
