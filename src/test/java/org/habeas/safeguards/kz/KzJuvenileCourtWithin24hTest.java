package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC: a person under 18 on the day of apprehension is released or before a court within 24 h. */
class KzJuvenileCourtWithin24hTest extends SafeguardsFixtures {

  private static final String RULE = "kz.juvenile-court-within-24h";

  @Test
  void aJuvenileHas24Hours() {
    var e =
        judge(
            kz(), given(juvenileApprehendedAt("2026-03-02T10:00+05:00")), "2026-03-03T10:00+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(BREACHED);
    assertThat(e.detentionLimit().ruleId()).isEqualTo(RULE);
    assertThat(e.detentionLimit().until()).isEqualTo(at("2026-03-03T10:00+05:00"));
  }

  @Test
  void ageCountsOnTheDayOfApprehensionInTheFacilitysZone() {
    // He turns 18 on 15 June 2026. 23:30 on the 14th in Astana is 18:30 UTC, the 14th either way;
    // 00:30 on the 15th in Astana is still the 14th in UTC, but the facility's day is the 15th.
    var onTheEve = given(juvenileApprehendedAt("2026-06-14T23:30+05:00"));
    var onTheDay = given(juvenileApprehendedAt("2026-06-15T00:30+05:00"));

    assertThat(only(judge(kz(), onTheEve, "2026-06-15T01:00+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), onTheDay, "2026-06-15T01:00+05:00"), RULE).status())
        .isEqualTo(NOT_APPLICABLE);
  }

  @Test
  void releaseWithin24HoursIsMet() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T10:00+05:00"), releasedAt("2026-03-02T20:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-04T10:00+05:00"), RULE).status()).isEqualTo(MET);
  }
}
