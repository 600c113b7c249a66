package org.habeas.custody;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The custody board an officer works from (issue 15): one line per person held, with the cell, the
 * detention clock, the next cell check and the next review or court deadline, and the risks to
 * watch, sorted by what falls due first. Pure: the lines are derived from the records' events.
 */
public final class Board {

  /** A risk the officer must watch, derived from the record's events. */
  public enum RiskFlag {
    /** Under 18 on the day of apprehension. */
    JUVENILE,
    /** The latest cell visit found the person drunk or intoxicated. */
    INTOXICATED,
    /** An injury was recorded, or a medical examination found one. */
    INJURED,
    /** A foreign national where held: the consulate must be told. */
    FOREIGN_NATIONAL,
    /** An interpreter was assigned, or the person's language is not one of the proceedings. */
    INTERPRETER;

    /** The message key of its name ({@code custody.flag.JUVENILE}). */
    public String key() {
      return "custody.flag." + name();
    }
  }

  /**
   * One line of the board.
   *
   * @param name the person's name, or the record's pseudonym where the viewer may not see it
   * @param cell the cell the person is in, where the record says
   * @param held how long the person has been held (in all, once released)
   * @param coming the deadlines the record has coming
   * @param phase police custody, or remand at the prison that continues the record (issue 16)
   */
  public record Line(
      String id,
      String name,
      String facilityId,
      @Nullable String cell,
      Instant apprehendedAt,
      Instant limitAt,
      Duration held,
      DetentionClock.Level level,
      RecordDeadlines.Coming coming,
      Set<RiskFlag> flags,
      Jurisdiction jurisdiction,
      boolean open,
      CustodyPhase phase) {

    /** Whether the person is on remand at the prison that continues the record. */
    public boolean remand() {
      return phase == CustodyPhase.REMAND;
    }

    /** The record's number as people say it: its pseudonym {@code D-XXXXXXXX}. */
    public String number() {
      return CustodyRecords.pseudonym(id);
    }

    /** The first of its deadlines: the next cell check, review or court deadline, or the limit. */
    public Instant dueFirst() {
      return Stream.of(coming.cellCheck(), coming.review(), coming.next())
          .filter(Objects::nonNull)
          .map(RecordDeadlines.Due::at)
          .min(Comparator.naturalOrder())
          .filter(t -> t.isBefore(limitAt))
          .orElse(limitAt);
    }

    /** Whether something is already breached, or the legal limit has passed. */
    public boolean overdue() {
      return coming.breached() > 0 || level == DetentionClock.Level.RED;
    }

    /** The flags in their declared order, for display. */
    public List<RiskFlag> flagList() {
      return flags.stream().sorted().toList();
    }
  }

  /** Breached or over the limit first, then by what falls due first, then by record id. */
  public static final Comparator<Line> BY_DUE =
      Comparator.comparing((Line l) -> !l.overdue())
          .thenComparing(Line::dueFirst)
          .thenComparing(Line::id);

  private Board() {}

  /** The lines sorted by what falls due first. */
  public static List<Line> sorted(List<Line> lines) {
    return lines.stream().sorted(BY_DUE).toList();
  }

  /** The risks the record shows, counted in the facility's zone (juvenile status). */
  public static Set<RiskFlag> flags(CustodyRecord r, ZoneId zone) {
    var out = EnumSet.noneOf(RiskFlag.class);
    if (r.isJuvenile(zone)) {
      out.add(RiskFlag.JUVENILE);
    }
    if (r.person().isForeignNationalIn(r.jurisdiction())) {
      out.add(RiskFlag.FOREIGN_NATIONAL);
    }
    if (speaksOther(r.person(), r.jurisdiction())) {
      out.add(RiskFlag.INTERPRETER);
    }
    Boolean intoxicated = null;
    for (var s : effective(r)) {
      switch (s.event()) {
        case CellVisited v when v.intoxicated() != null -> intoxicated = v.intoxicated();
        case InjuryRecorded i -> out.add(RiskFlag.INJURED);
        case MedicalExaminationCompleted m when Boolean.TRUE.equals(m.injuriesFound()) ->
            out.add(RiskFlag.INJURED);
        case InterpreterAssigned i -> out.add(RiskFlag.INTERPRETER);
        default -> {}
      }
    }
    if (Boolean.TRUE.equals(intoxicated)) {
      out.add(RiskFlag.INTOXICATED);
    }
    return out;
  }

  /**
   * The cell the person is in: the latest cell an arrival or a cell visit names at the facility
   * holding them; none once they leave for another facility, until a cell is named there.
   */
  public static @Nullable String cell(CustodyRecord r) {
    String cell = null;
    for (var s : effective(r)) {
      switch (s.event()) {
        case ArrivedAtFacility a -> cell = blankToNull(a.cell());
        case Transferred t -> cell = null;
        case CellVisited v when blankToNull(v.cell()) != null -> cell = blankToNull(v.cell());
        default -> {}
      }
    }
    return cell;
  }

  /** The person's language is given and is not a language of the proceedings where held. */
  private static boolean speaksOther(Person p, Jurisdiction j) {
    var language = p.language();
    if (language == null || language.isBlank()) {
      return false;
    }
    var primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return switch (j) {
      case KZ -> !Set.of("kk", "ru").contains(primary);
      case EW -> !primary.equals("en");
      case CPT -> false;
    };
  }

  private static List<StoredEvent> effective(CustodyRecord r) {
    return Timeline.effective(r.events().stream().map(TimelineEntry::stored).toList());
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
