package org.habeas.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.habeas.overview.Sighting.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * Joins what the sources know on the person: a source matches a custody record of the same person
 * held within the window of when the source says they were held. Pure: the page gives it every
 * module's sightings, it tells which detentions no record acknowledges and which records were
 * opened after another source knew.
 */
public final class SourceMatching {

  /** At most so many lines in each list (the oldest and the latest first). */
  static final int MAX_LINES = 100;

  private SourceMatching() {}

  /**
   * A detention known from other sources only.
   *
   * @param sources the sources that know it, earliest first (one person, one detention)
   * @param facilityId where they say the person is held, if one says
   * @param since since when, by the earliest account
   * @param ago how long ago that was
   */
  public record Unrecorded(
      List<Sighting> sources, @Nullable String facilityId, Instant since, Duration ago) {

    public Unrecorded {
      sources = List.copyOf(sources);
    }

    public Sighting first() {
      return sources.getFirst();
    }

    /** How long ago, as a reader wants it: in whole days from a day on, else to the minute. */
    public Duration agoShown() {
      return ago.toDays() > 0 ? Duration.ofDays(ago.toDays()) : ago.truncatedTo(ChronoUnit.MINUTES);
    }
  }

  /**
   * A custody record opened after another source knew of the detention.
   *
   * @param record the record's sighting (its pseudonym, opening and apprehension)
   * @param earliest the source that knew first
   * @param delay from the earliest source's knowledge to the record's opening
   */
  public record LateRecord(Sighting record, Sighting earliest, Duration delay) {

    /** The delay to the minute, as shown. */
    public Duration delayShown() {
      return delay.truncatedTo(ChronoUnit.MINUTES);
    }
  }

  /** Both lists: the unrecorded oldest first, the late records latest first. */
  public record Matches(
      List<Unrecorded> unrecorded, long unrecordedCount, List<LateRecord> late, long lateCount) {

    public Matches {
      unrecorded = List.copyOf(unrecorded);
      late = List.copyOf(late);
    }
  }

  /**
   * Matches the sightings: those from other sources known in the window before {@code now} and
   * matching no record are listed (grouped by person), and each record opened in the window after a
   * matching source knew is listed with its delay.
   */
  public static Matches match(List<Sighting> sightings, Duration window, Instant now) {
    var records = sightings.stream().filter(s -> s.kind() == SourceKind.CUSTODY_RECORD).toList();
    var others =
        sightings.stream()
            .filter(s -> s.kind() != SourceKind.CUSTODY_RECORD)
            .sorted(Comparator.comparing(Sighting::knownAt))
            .toList();
    var from = now.minus(window);

    var unrecorded = new ArrayList<Unrecorded>();
    var grouped = new ArrayList<List<Sighting>>();
    for (var s : others) {
      if (s.knownAt().isBefore(from)
          || s.knownAt().isAfter(now)
          || records.stream().anyMatch(r -> matches(s, r, window))) {
        continue;
      }
      var group = grouped.stream().filter(g -> matches(s, g.getFirst(), window)).findFirst();
      if (group.isPresent()) {
        group.get().add(s);
      } else {
        grouped.add(new ArrayList<>(List.of(s)));
      }
    }
    for (var g : grouped) {
      var since = g.stream().map(Sighting::anchor).min(Comparator.naturalOrder()).orElseThrow();
      var facility =
          g.stream().map(Sighting::facilityId).filter(f -> f != null).findFirst().orElse(null);
      unrecorded.add(new Unrecorded(g, facility, since, positive(Duration.between(since, now))));
    }
    unrecorded.sort(Comparator.comparing(Unrecorded::since));

    var late = new ArrayList<LateRecord>();
    for (var r : records) {
      if (r.knownAt().isBefore(from) || r.knownAt().isAfter(now)) {
        continue;
      }
      earliestBefore(r, others, window)
          .ifPresent(
              e -> late.add(new LateRecord(r, e, Duration.between(e.knownAt(), r.knownAt()))));
    }
    late.sort(Comparator.comparing(LateRecord::delay).reversed());

    return new Matches(
        unrecorded.stream().limit(MAX_LINES).toList(),
        unrecorded.size(),
        late.stream().limit(MAX_LINES).toList(),
        late.size());
  }

  /** The earliest source of the same detention that knew of it before the record was opened. */
  private static Optional<Sighting> earliestBefore(
      Sighting record, List<Sighting> others, Duration window) {
    return others.stream()
        .filter(s -> s.knownAt().isBefore(record.knownAt()) && matches(s, record, window))
        .min(Comparator.comparing(Sighting::knownAt));
  }

  /** The same person, held within the window of each other's account. */
  static boolean matches(Sighting a, Sighting b, Duration window) {
    return a.samePerson(b) && Duration.between(a.anchor(), b.anchor()).abs().compareTo(window) <= 0;
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
