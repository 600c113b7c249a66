package org.habeas.safeguards;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.habeas.custody.DelayedRight;
import org.jspecify.annotations.Nullable;

/** What a rule of one kind says, beyond what every rule has. */
public sealed interface RuleTerms {

  /** The kind these terms are of. */
  RuleKind kind();

  /**
   * A clock starts at an event and an event must meet it within a limit.
   *
   * @param from what starts the clock: the first matching event, or each one ({@code each})
   * @param each whether every matching start event owes its own obligation
   * @param metBy what meets it; for {@code each}, only at or after that start
   * @param limit how long after the start (or after {@code measuredFrom}) it is due
   * @param measuredFrom where the limit is counted from when that is not the start
   * @param extension an extension this rule judges itself
   * @param delays delays of the right this rule protects, each judged as an obligation
   * @param survivesRelease whether the duty remains after custody ends (reporting ill-treatment)
   * @param clock whether this deadline is the detention limit the custody clock shows
   * @param courtDays whether the limit, a whole number of days, counts court days (profile key
   *     {@code countedIn: court-days}): it is due at the end of the last of that many weekdays
   *     (Monday to Friday) after the day the clock started, in the zone of the facility where it
   *     started; e.g. {@code P1D} from a charge on Friday evening is due at the end of Monday.
   *     Public holidays are not known and count as court days.
   * @param failedBy a recorded refusal: a matching event at or after the start, with nothing
   *     meeting it on time, breaches it at once (a refusal to register a report of ill-treatment)
   */
  record Deadline(
      List<EventPattern> from,
      boolean each,
      List<EventPattern> metBy,
      Limit limit,
      @Nullable EventPattern measuredFrom,
      @Nullable Extension extension,
      @Nullable Delays delays,
      boolean survivesRelease,
      boolean clock,
      boolean courtDays,
      List<EventPattern> failedBy)
      implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.DEADLINE;
    }
  }

  /** A deadline no extension can move (ECHR art. 5(3): four days is too long, whatever else). */
  record AbsoluteMax(List<EventPattern> from, List<EventPattern> metBy, Limit limit)
      implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.ABSOLUTE_MAX;
    }
  }

  /**
   * Something due before the first questioning, and also within {@code limit} of {@code from}.
   *
   * @param limit absent when only the first questioning bounds it
   */
  record BeforeFirstQuestioning(
      List<EventPattern> metBy, List<EventPattern> from, @Nullable Duration limit)
      implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.BEFORE_FIRST_QUESTIONING;
    }
  }

  /**
   * A check every questioning must pass, unless a lawful waiver came before it or, where {@code
   * excusedByDelay} says so, it started during a lawful delay of the right.
   */
  record EveryQuestioning(
      QuestioningCheck requires, @Nullable Waiver waiver, @Nullable DelayExcuse excusedByDelay)
      implements RuleTerms {

    /** A check no delay excuses. */
    public EveryQuestioning(QuestioningCheck requires, @Nullable Waiver waiver) {
      this(requires, waiver, null);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.EVERY_QUESTIONING;
    }
  }

  /**
   * Questioning lasts at most {@code limit} without a break of at least {@code minBreak}; shorter
   * pauses do not break it.
   */
  record ContinuousMax(Limit limit, Duration minBreak) implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.CONTINUOUS_MAX;
    }
  }

  /** Questioning in one calendar day, in the facility's zone, totals at most {@code limit}. */
  record PerDayTotal(Limit limit) implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.PER_DAY_TOTAL;
    }
  }

  /**
   * No questioning between {@code from} and {@code to}, facility time.
   *
   * @param urgencyWaives whether a recorded urgency reason makes night questioning lawful
   */
  record NightWindow(LocalTime from, LocalTime to, boolean urgencyWaives) implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.NIGHT_WINDOW;
    }
  }

  /**
   * A chain of checks: from a start, each {@code metBy} event is due within {@code limit} of the
   * last; {@code pausedBy} events stop the chain until a {@code from} event starts it again.
   */
  record Periodic(
      List<EventPattern> from, List<EventPattern> metBy, Limit limit, List<EventPattern> pausedBy)
      implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.PERIODIC;
    }
  }

  /**
   * In each {@code period} of custody counted from {@code from}, a stretch of {@code rest} free of
   * questioning and of {@code interruptedBy} events.
   */
  record RestPeriod(
      List<EventPattern> from, Duration period, Duration rest, List<EventPattern> interruptedBy)
      implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.REST_PERIOD;
    }
  }

  /**
   * Judges the extensions of another rule's deadline that name one of its ranks.
   *
   * @param extendsRule the id of the deadline rule extended
   */
  record ExtensionOf(String extendsRule, Extension extension) implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.EXTENSION;
    }
  }

  /**
   * Something that must not happen while forbidden: an {@code after} event forbids the {@code
   * forbids} events from then on, until a {@code liftedBy} event (the consulate is not told once
   * the person declined, unless they later ask for it).
   */
  record ForbiddenAfter(
      List<EventPattern> after, List<EventPattern> forbids, List<EventPattern> liftedBy)
      implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.FORBIDDEN_AFTER;
    }
  }

  /** Judges every authorised delay of a right (of {@code right}, or of any right when absent). */
  record DelayAuthorisation(@Nullable DelayedRight right, Authority by) implements RuleTerms {
    @Override
    public RuleKind kind() {
      return RuleKind.DELAY_AUTHORISATION;
    }
  }
}
