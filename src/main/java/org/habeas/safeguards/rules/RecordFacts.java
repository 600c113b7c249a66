package org.habeas.safeguards.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CellVisited;
import org.habeas.custody.ConsularNotificationChosen;
import org.habeas.custody.InterpreterAssigned;
import org.habeas.custody.InterrogationEnded;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Released;
import org.habeas.custody.RemandOrdered;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;
import org.habeas.safeguards.Condition;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.FacilityZones;
import org.habeas.safeguards.Limit;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.ProfileSettings;
import org.habeas.safeguards.Rule;
import org.jspecify.annotations.Nullable;

/**
 * What every rule asks of a record, worked out once per evaluation: the events that count up to the
 * instant judged, where each happened, the person's conditions, the questionings and the end of
 * custody.
 */
final class RecordFacts {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  final Profile profile;
  final Instant at;
  final List<Fact> facts;
  final Fact apprehension;
  final @Nullable Instant closedAt;
  final List<Questioning> questionings;
  final Set<String> interrogators;
  final @Nullable Start relevantTime;
  private final Map<Condition, Boolean> conditions = new EnumMap<>(Condition.class);

  RecordFacts(Profile profile, Instant at, List<Fact> facts) {
    this.profile = profile;
    this.at = at;
    this.facts = facts;
    this.apprehension = facts.getFirst();
    Apprehended a = apprehended();
    this.closedAt = closedAt(facts);
    this.questionings = questionings(facts);
    this.interrogators = new HashSet<>();
    questionings.forEach(q -> interrogators.add(name(q.started().interrogator())));
    this.relevantTime = relevantTime(profile.settings().relevantTime());
    conditions.put(
        Condition.JUVENILE,
        a.person().isJuvenileOn(LocalDate.ofInstant(apprehension.at(), apprehension.zone())));
    conditions.put(Condition.FOREIGN_NATIONAL, a.person().isForeignNationalIn(a.jurisdiction()));
    conditions.put(Condition.INDICTABLE, Boolean.TRUE.equals(a.indictable()));
    conditions.put(Condition.INTERPRETER_NEEDED, interpreterNeeded(a));
    conditions.put(
        Condition.CONSULAR_CHOICE_RECORDED,
        facts.stream().anyMatch(f -> f.event() instanceof ConsularNotificationChosen));
  }

  /**
   * The facts of a record as it stood at {@code at}; null before its apprehension.
   *
   * @throws IllegalArgumentException if the record does not start with an apprehension
   */
  static @Nullable RecordFacts of(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    RecordPhases phases = RecordPhases.of(events, profile, zones, at);
    return phases == null ? null : phases.police();
  }

  Apprehended apprehended() {
    return (Apprehended) apprehension.event();
  }

  /** Whether a condition of the record holds; intoxication depends on when, see below. */
  boolean holds(Condition c) {
    return c == Condition.INTOXICATED ? intoxicatedAt(at) : Boolean.TRUE.equals(conditions.get(c));
  }

  /** Whether the rule's conditions hold, so it applies to this record. */
  boolean applies(Rule rule) {
    for (var w : rule.when().entrySet()) {
      if (holds(w.getKey()) != w.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the last cell visit at or before {@code t} said the person was intoxicated. */
  boolean intoxicatedAt(Instant t) {
    boolean intoxicated = false;
    for (Fact f : facts) {
      if (f.at().isAfter(t)) {
        break;
      }
      if (f.event() instanceof CellVisited v) {
        intoxicated = Boolean.TRUE.equals(v.intoxicated());
      }
    }
    return intoxicated;
  }

  /**
   * The limit that applies: the shortest of the base and every variant whose condition holds (at
   * {@code when}, for intoxication) or whose event type started the clock.
   */
  Duration limit(Limit limit, @Nullable Fact start, Instant when) {
    Duration shortest = limit.base();
    for (var v : limit.variants().entrySet()) {
      boolean applies =
          Condition.of(v.getKey())
              .map(
                  c ->
                      c == Condition.INTOXICATED
                          ? intoxicatedAt(when)
                          : Boolean.TRUE.equals(conditions.get(c)))
              .orElseGet(() -> start != null && start.event().type().equals(v.getKey()));
      if (applies && v.getValue().compareTo(shortest) < 0) {
        shortest = v.getValue();
      }
    }
    return shortest;
  }

  /**
   * When a limit counted from {@code anchor} runs out: {@code limit} later, or, counted in court
   * days, at the end of the last of {@code limit.toDays()} weekdays after the anchor's day, in the
   * zone of the facility where the anchor happened (of the apprehension for the relevant time).
   */
  Instant due(Start anchor, Duration limit, boolean courtDays) {
    if (!courtDays) {
      return anchor.at().plus(limit);
    }
    ZoneId zone = anchor.fact() == null ? apprehension.zone() : anchor.fact().zone();
    LocalDate day = LocalDate.ofInstant(anchor.at(), zone);
    for (long left = Math.max(1, limit.toDays()); left > 0; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The first event matching the patterns, where the rule ends ({@code until}); null if none. */
  @Nullable Fact stop(List<EventPattern> until) {
    return until.isEmpty() ? null : first(until);
  }

  /** The first event matching any of the patterns, or null. */
  @Nullable Fact first(List<EventPattern> patterns) {
    return firstFrom(patterns, apprehension.at());
  }

  /** The first event matching any of the patterns at or after {@code from}, or null. */
  @Nullable Fact firstFrom(List<EventPattern> patterns, Instant from) {
    for (Fact f : facts) {
      if (!f.at().isBefore(from) && EventPattern.any(patterns, f.event())) {
        return f;
      }
    }
    return null;
  }

  /** Every event matching any of the patterns, in order. */
  List<Fact> all(List<EventPattern> patterns) {
    List<Fact> found = new ArrayList<>();
    for (Fact f : facts) {
      if (EventPattern.any(patterns, f.event())) {
        found.add(f);
      }
    }
    return found;
  }

  /** When a clock that starts on the patterns starts; the relevant time counts as an event. */
  @Nullable Start start(List<EventPattern> patterns) {
    Fact f = first(patterns);
    Start byEvent = f == null ? null : new Start(f.at(), f);
    boolean relevant = patterns.stream().anyMatch(EventPattern::relevantTime);
    if (relevant && relevantTime != null) {
      return byEvent == null || relevantTime.at().isBefore(byEvent.at()) ? relevantTime : byEvent;
    }
    return byEvent;
  }

  /** Whether custody had ended by {@code t}. */
  boolean closedBy(Instant t) {
    return closedAt != null && !closedAt.isAfter(t);
  }

  static String name(String person) {
    return SPACES.matcher(person.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private @Nullable Start relevantTime(ProfileSettings.@Nullable RelevantTime setting) {
    if (setting == null) {
      return null;
    }
    Instant latest = apprehension.at().plus(setting.atLatest());
    Fact arrival = first(setting.from());
    return arrival != null && !arrival.at().isAfter(latest)
        ? new Start(arrival.at(), arrival)
        : new Start(latest, null);
  }

  private boolean interpreterNeeded(Apprehended a) {
    if (facts.stream().anyMatch(f -> f.event() instanceof InterpreterAssigned)) {
      return true;
    }
    String language = a.person().language();
    List<String> ofProceedings = profile.settings().languagesOfProceedings();
    if (language == null || language.isBlank() || ofProceedings.isEmpty()) {
      return false;
    }
    // "ru-RU" speaks Russian: only the primary language subtag is compared.
    String primary = language.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return !ofProceedings.contains(primary);
  }

  private static @Nullable Instant closedAt(List<Fact> facts) {
    boolean remanded = false;
    for (Fact f : facts) {
      if (f.event() instanceof Released || (remanded && f.event() instanceof Transferred)) {
        return f.at();
      }
      remanded |= f.event() instanceof RemandOrdered;
    }
    return null;
  }

  private static List<Questioning> questionings(List<Fact> facts) {
    List<Questioning> found = new ArrayList<>();
    Fact open = null;
    for (Fact f : facts) {
      if (f.event() instanceof InterrogationStarted) {
        if (open != null) {
          // The record refuses a start during a questioning; if one came, the next start ends it.
          found.add(new Questioning(open, f));
        }
        open = f;
      } else if (f.event() instanceof InterrogationEnded && open != null) {
        found.add(new Questioning(open, f));
        open = null;
      }
    }
    if (open != null) {
      found.add(new Questioning(open, null));
    }
    return found;
  }
}
