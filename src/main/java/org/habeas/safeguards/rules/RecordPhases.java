package org.habeas.safeguards.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.Released;
import org.habeas.custody.RemandOrdered;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;
import org.habeas.safeguards.FacilityZones;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.ZoneHandling;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a record as it stood at {@code at}, split at the arrival at the remand prison it was
 * handed over to (issue 16); null before its apprehension.
 *
 * <p>The police phase is every fact before that arrival: exactly what a record held before issue
 * 16, when nothing could follow the hand-over, so the police rules, clocks and signals judge it as
 * before. The remand phase is the apprehension (the record's start, from which the remand term is
 * counted), each remand order, and every fact from the arrival on; the profile's remand rules judge
 * it, and only it.
 *
 * @param police the facts the police rules judge
 * @param remand the facts the remand rules judge; null if the record has no remand phase (yet)
 * @param remandArrival where {@code remand} starts; null with it
 */
record RecordPhases(
    RecordFacts police, @Nullable RecordFacts remand, @Nullable Fact remandArrival) {

  /** The phases of the record as it stood at {@code at}; null before its apprehension. */
  static @Nullable RecordPhases of(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    List<Fact> all = facts(events, profile, zones, at);
    if (all == null) {
      return null;
    }
    int arrival = remandArrival(all);
    if (arrival < 0) {
      return new RecordPhases(new RecordFacts(profile, at, all), null, null);
    }
    List<Fact> remand = new ArrayList<>();
    remand.add(all.getFirst());
    for (Fact f : all.subList(1, arrival)) {
      if (f.event() instanceof RemandOrdered) {
        remand.add(f);
      }
    }
    remand.addAll(all.subList(arrival, all.size()));
    return new RecordPhases(
        new RecordFacts(profile, at, List.copyOf(all.subList(0, arrival))),
        new RecordFacts(profile, at, List.copyOf(remand)),
        all.get(arrival));
  }

  /**
   * The index of the arrival that continues the record at a remand prison, as the record itself
   * decides it ({@code CustodyRecord#awaitsRemandArrival}): the first arrival, later than the
   * hand-over, at the facility the person was handed over to after a remand order; -1 if none.
   */
  private static int remandArrival(List<Fact> facts) {
    boolean remanded = false;
    Transferred handOver = null;
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (handOver == null) {
        if (f.event() instanceof Released) {
          return -1;
        }
        remanded |= f.event() instanceof RemandOrdered;
        if (remanded && f.event() instanceof Transferred t) {
          handOver = t;
        }
      } else if (f.event() instanceof ArrivedAtFacility a
          && a.facilityId().equals(handOver.toFacilityId())
          && f.at().isAfter(handOver.occurredAt())) {
        return i;
      }
    }
    return -1;
  }

  private static @Nullable List<Fact> facts(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    List<StoredEvent> counted = Timeline.effective(events);
    if (counted.isEmpty() || counted.getFirst().event().occurredAt().isAfter(at)) {
      return null;
    }
    Apprehended first = (Apprehended) counted.getFirst().event();
    Map<String, ZoneId> cache = new HashMap<>();
    ZoneId ofApprehension = cache.computeIfAbsent(first.facilityId(), zones::zoneOf);
    boolean byEvent = profile.settings().zone() == ZoneHandling.EVENT_FACILITY;
    List<Fact> facts = new ArrayList<>(counted.size());
    String location = first.facilityId();
    for (StoredEvent s : counted) {
      if (s.event().occurredAt().isAfter(at)) {
        break;
      }
      // A transfer happens where the person leaves from; an arrival where they arrive.
      String where = location;
      if (s.event() instanceof ArrivedAtFacility a) {
        location = a.facilityId();
        where = location;
      } else if (s.event() instanceof Transferred t) {
        location = t.toFacilityId();
      }
      ZoneId zone = byEvent ? cache.computeIfAbsent(where, zones::zoneOf) : ofApprehension;
      facts.add(new Fact(s.seq(), s.event(), s.event().occurredAt(), s.recordedAt(), zone));
    }
    return List.copyOf(facts);
  }
}
