package org.habeas.complaints;

import java.time.Duration;
import java.time.Instant;
import org.habeas.safeguards.ProfileSettings;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The deadlines of one complaint: the configured ones, and for a person still held the first
 * response of the complaint's jurisdiction, which its facility decides ({@code
 * settings.complaints.stillHeldFirstResponse} of the profile in force when it was lodged), else
 * {@code habeas.complaints.deadlines.still-held-received}.
 */
@Component
class ComplaintDeadlines {

  private final ComplaintSettings settings;
  private final Facilities facilities;
  private final Profiles profiles;

  ComplaintDeadlines(ComplaintSettings settings, Facilities facilities, Profiles profiles) {
    this.settings = settings;
    this.facilities = facilities;
    this.profiles = profiles;
  }

  /** The deadlines that apply to the complaint. */
  Deadlines of(StoredComplaint c) {
    var rules = settings.deadlineRules();
    if (!c.stillHeld()) {
      return rules;
    }
    var limit = profileLimit(c);
    return limit == null ? rules : rules.withStillHeldFirstResponse(limit);
  }

  /** When the complaint in this state falls due, if it has a deadline. */
  @Nullable Instant dueAt(StoredComplaint c, ComplaintState s) {
    return of(c).dueAt(s, c.stillHeld());
  }

  private @Nullable Duration profileLimit(StoredComplaint c) {
    if (c.facilityId() == null) {
      return null;
    }
    var jurisdiction = facilities.find(c.facilityId()).map(Facility::jurisdiction).orElse(null);
    if (jurisdiction == null) {
      return null;
    }
    try {
      ProfileSettings.Complaints of =
          profiles.inForce(jurisdiction, c.lodgedAt()).settings().complaints();
      return of == null ? null : of.stillHeldFirstResponse();
    } catch (IllegalArgumentException e) {
      // A jurisdiction without a profile of that name: the setting decides.
      return null;
    }
  }
}
