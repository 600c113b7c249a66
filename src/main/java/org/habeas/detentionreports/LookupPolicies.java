package org.habeas.detentionreports;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.habeas.safeguards.ProfileSettings;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Facilities;
import org.springframework.stereotype.Component;

/**
 * The disclosure policies in force, one per jurisdiction, as the public page states them: who may
 * ask, whether the national id is needed, how long after closing a record is told of, what is told,
 * and the law behind it.
 */
@Component
public class LookupPolicies {

  /**
   * One jurisdiction's policy, for the page.
   *
   * @param whoMayAsk anyone, lawyers
   * @param nationalId required, optional, unused
   * @param disclose the codes of the facts told (status, facility, apprehendedAt, endedAt)
   */
  public record Shown(
      String jurisdiction,
      String title,
      String whoMayAsk,
      String nationalId,
      Duration closedWithin,
      List<String> disclose,
      String basis) {}

  private final Profiles profiles;
  private final Clock clock;

  LookupPolicies(Profiles profiles, Clock clock) {
    this.profiles = profiles;
    this.clock = clock;
  }

  /** The policy of each jurisdiction that has one, in the locale's language. */
  public List<Shown> all(Locale locale) {
    var out = new ArrayList<Shown>();
    for (var j : Facilities.JURISDICTIONS) {
      try {
        var profile = profiles.inForce(j, clock.instant());
        var l = profile.settings().lookup();
        if (l == null) {
          continue;
        }
        out.add(
            new Shown(
                j,
                profile.title().in(locale),
                l.whoMayAsk().code(),
                l.nationalId().code(),
                l.closedWithin(),
                Arrays.stream(ProfileSettings.Disclosed.values())
                    .filter(l::discloses)
                    .map(d -> d.code())
                    .toList(),
                l.basisText().in(locale)));
      } catch (RuntimeException e) {
        // A jurisdiction without a profile in force has no policy to state.
      }
    }
    return out;
  }
}
