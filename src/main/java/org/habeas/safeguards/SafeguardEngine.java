package org.habeas.safeguards;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.rules.Policies;

/**
 * Judges a custody record against a profile at an instant: a pure function of its arguments, with
 * no clock, no database and no Spring.
 *
 * <p>Only events that occurred at or before the instant count (the {@code ?at=} view), each as
 * corrected. Night and day are counted in the zone of the facility where each event happened,
 * unless the profile says otherwise. Every method here gives the same answer for the same
 * arguments; {@link #evaluate} gives all three answers at once.
 */
public final class SafeguardEngine {

  private SafeguardEngine() {}

  /**
   * The obligations, the next instant one changes, and the detention limit.
   *
   * @param events the record's stored events, corrections included, in any order
   * @param zones the zone of each facility the record names
   * @param at the instant judged, usually now
   * @throws IllegalArgumentException if the record does not start with an apprehension
   */
  public static Evaluation evaluate(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    return Policies.evaluate(events, profile, zones, at);
  }

  /** {@link #evaluate} for a record that stayed in one zone. */
  public static Evaluation evaluate(
      List<StoredEvent> events, Profile profile, ZoneId facilityZone, Instant at) {
    return evaluate(events, profile, FacilityZones.all(facilityZone), at);
  }

  /** Every obligation of the record at {@code at}, in the profile's rule order. */
  public static List<Obligation> obligations(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    return evaluate(events, profile, zones, at).obligations();
  }

  /**
   * The earliest instant after {@code at} at which some obligation's status would change if nothing
   * more were recorded: when a deadline, a visit or a questioning limit falls due, or a rest
   * completes. Empty when only new events can change anything.
   */
  public static Optional<Instant> nextDueAt(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    return evaluate(events, profile, zones, at).nextDue();
  }

  /**
   * The legal limit of detention at {@code at} for the custody clock, e.g. 48 h in Kazakhstan, 24 h
   * for a juvenile, 72 h once lawfully extended; 24 h from the PACE relevant time, 36 h with a
   * superintendent's lawful extension, up to 96 h with warrants.
   */
  public static Optional<DetentionLimit> detentionLimit(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    return evaluate(events, profile, zones, at).limit();
  }
}
