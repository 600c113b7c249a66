package org.habeas.complaints.casefile;

import static org.habeas.complaints.casefile.Field.Type.DOCTOR;
import static org.habeas.complaints.casefile.Field.Type.FACILITY;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of item a case file holds, each in its own append-only table. The first six are the
 * "who did what to whom" of the HURIDOCS events standard formats; the rest are the Istanbul
 * Protocol documentation, confidential to the examining doctor, the complaint's handlers and
 * administrators.
 */
public enum Kind {
  ACT("acts", "Act", false, Writer.HANDLER),
  VICTIM("victims", "Victim", false, Writer.HANDLER),
  PERPETRATOR("perpetrators", "Perpetrator", false, Writer.HANDLER),
  INVOLVEMENT("involvements", "Involvement", false, Writer.HANDLER),
  SOURCE("sources", "Source", false, Writer.HANDLER),
  LINK("links", "Link", false, Writer.HANDLER),
  EXAMINATION("examinations", "Examination", true, Writer.HANDLER),
  CONDITIONS("conditions", "Conditions", true, Writer.EXAMINER),
  INTERVIEW("interviews", "Interview", true, Writer.HANDLER_OR_EXAMINER),
  FINDING("findings", "Finding", true, Writer.EXAMINER),
  INTERPRETATION("interpretations", "Interpretation", true, Writer.EXAMINER);

  /** Who may write items of a kind (besides nobody else). */
  public enum Writer {
    /** The complaint's handlers: monitors, administrators, the assigned handler. */
    HANDLER,
    /** A handler, or the doctor who is the examiner of the examination the item belongs to. */
    HANDLER_OR_EXAMINER,
    /** Only the doctor who is the examiner of the examination the item belongs to. */
    EXAMINER
  }

  private final String path;
  private final String eventName;
  private final boolean istanbul;
  private final Writer writer;

  Kind(String path, String eventName, boolean istanbul, Writer writer) {
    this.path = path;
    this.eventName = eventName;
    this.istanbul = istanbul;
    this.writer = writer;
  }

  /** The URL segment and JSON key ({@code acts}). */
  public String path() {
    return path;
  }

  /** The name in timeline entry types ({@code Act} as in {@code casefile.ActRecorded}). */
  public String eventName() {
    return eventName;
  }

  /** True for the confidential Istanbul Protocol documentation. */
  public boolean istanbul() {
    return istanbul;
  }

  public Writer writer() {
    return writer;
  }

  /** The table holding this kind's revisions. */
  public String table() {
    return (istanbul ? "ip_" : "casefile_") + name().toLowerCase(Locale.ROOT);
  }

  /** The message-key stem ({@code casefile.kind.ACT}). */
  public String key() {
    return "casefile.kind." + name();
  }

  public static Optional<Kind> byPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }

  public static List<Kind> caseFile() {
    return Arrays.stream(values()).filter(k -> !k.istanbul).toList();
  }

  public static List<Kind> istanbulProtocol() {
    return Arrays.stream(values()).filter(Kind::istanbul).toList();
  }

  /** The fields of this kind, in form order. */
  public List<Field> fields() {
    return switch (this) {
      case ACT ->
          List.of(
              Field.choice("actType", ActType.class, true),
              Field.text("otherType", false),
              Field.date("occurredOn", true),
              Field.date("occurredUntil", false),
              Field.text("place", true),
              Field.of("facility", FACILITY, false),
              Field.longText("description", false));
      case VICTIM ->
          List.of(
              Field.text("name", true),
              Field.choice("sex", Sex.class, false),
              Field.date("birthDate", false),
              Field.longText("notes", false));
      case PERPETRATOR ->
          List.of(
              Field.text("name", false),
              Field.text("rank", false),
              Field.text("unit", false),
              Field.text("agency", false),
              Field.longText("description", false));
      case INVOLVEMENT ->
          List.of(
              Field.ref("act", "ACT", true),
              Field.ref("victim", "VICTIM", false),
              Field.ref("perpetrator", "PERPETRATOR", false),
              Field.choice("degree", Involvement.class, false));
      case SOURCE ->
          List.of(
              Field.choice("sourceType", SourceType.class, true),
              Field.text("title", true),
              Field.date("receivedOn", false),
              Field.longText("notes", false));
      case LINK ->
          List.of(
              Field.choice("linkKind", LinkKind.class, true),
              Field.text("target", true),
              Field.text("note", false));
      case EXAMINATION ->
          List.of(
              Field.of("examiner", DOCTOR, true),
              Field.date("examinedOn", false),
              Field.text("place", false));
      case CONDITIONS ->
          List.of(
              Field.ref("examination", "EXAMINATION", true),
              Field.yesNo("consentGiven"),
              Field.text("consentBy", false),
              Field.date("consentOn", false),
              Field.yesNo("inPrivate"),
              Field.text("othersPresent", false));
      case INTERVIEW ->
          List.of(
              Field.ref("examination", "EXAMINATION", true),
              Field.longText("circumstances", true),
              Field.longText("methods", true),
              Field.longText("datesAndTimes", false),
              Field.longText("personsInvolved", false),
              Field.longText("injuries", false),
              Field.longText("witnesses", false));
      case FINDING ->
          List.of(
              Field.ref("examination", "EXAMINATION", true),
              Field.choice("findingKind", FindingKind.class, true),
              Field.text("summary", true),
              Field.longText("description", true));
      case INTERPRETATION ->
          List.of(
              Field.ref("finding", "FINDING", true),
              Field.ref("act", "ACT", true),
              Field.choice("level", Consistency.class, true),
              Field.longText("comment", false));
    };
  }
}
