package org.habeas.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CellVisited;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.DetentionAuthorised;
import org.habeas.custody.DetentionReviewed;
import org.habeas.custody.InterrogationEnded;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.custody.RelativeNotified;
import org.habeas.custody.RightsExplained;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.FacilityZones;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.SafeguardEngine;
import org.habeas.safeguards.ShippedProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The safeguards engine on a 40-event record: the scheduler and every record page call it, so it
 * must stay well under a millisecond.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SafeguardsBenchmark {

  private List<StoredEvent> kazakhRecord;
  private List<StoredEvent> englishRecord;
  private Profile kz;
  private Profile ew;
  private Instant at;
  private final FacilityZones zones =
      id -> id.startsWith("ew-") ? ZoneId.of("Europe/London") : ZoneId.of("Asia/Almaty");

  @Setup
  public void setUp() {
    kz = ShippedProfiles.get("kz");
    ew = ShippedProfiles.get("ew");
    Instant start = Instant.parse("2026-03-02T05:00:00Z");
    kazakhRecord = fortyEvents(start, Jurisdiction.KZ, "kz-ast-tdf1");
    englishRecord = fortyEvents(start, Jurisdiction.EW, "ew-met-cs1");
    at = start.plus(Duration.ofHours(30));
  }

  @Benchmark
  public Evaluation kazakhRecordOf40Events() {
    return SafeguardEngine.evaluate(kazakhRecord, kz, zones, at);
  }

  @Benchmark
  public Evaluation englishRecordOf40Events() {
    return SafeguardEngine.evaluate(englishRecord, ew, zones, at);
  }

  /**
   * Baseline: folding the same 40 events into the record's state, the least any reading of the
   * record does before the engine starts.
   */
  @Benchmark
  public CustodyRecord baselineFoldOf40Events() {
    return CustodyRecord.replay(kazakhRecord);
  }

  /** Apprehension, arrival, rights, notices, then questionings, reviews and hourly cell visits. */
  private static List<StoredEvent> fortyEvents(Instant t0, Jurisdiction j, String facility) {
    var person = new Person("A. Person", LocalDate.parse("1990-01-01"), null, "KZ", "ru");
    List<CustodyEvent> events = new ArrayList<>();
    events.add(new Apprehended(t0, facility, person, "caught", "art. 188", true, j));
    events.add(new ArrivedAtFacility(t0.plusSeconds(1800), facility));
    events.add(new DetentionAuthorised(t0.plusSeconds(2400), "PS Clarke"));
    events.add(new RightsExplained(t0.plusSeconds(2700), "ru", true, true));
    events.add(new RelativeNotified(t0.plusSeconds(3600), "mother", "telephone", null));
    for (int h = 2; events.size() < 40; h++) {
      Instant t = t0.plus(Duration.ofHours(h));
      if (h % 6 == 0) {
        events.add(new InterrogationStarted(t, "Inv. K", true, true, true, "vid", null));
        events.add(new InterrogationEnded(t.plus(Duration.ofMinutes(50))));
      } else if (h % 7 == 0) {
        events.add(new DetentionReviewed(t, "Insp. H", "inspector", "continue"));
      } else {
        events.add(new CellVisited(t, "PC E", false));
      }
    }
    List<StoredEvent> stored = new ArrayList<>();
    for (CustodyEvent e : events) {
      stored.add(new StoredEvent(stored.size() + 1, e, e.occurredAt(), "officer", null));
    }
    return stored;
  }
}
