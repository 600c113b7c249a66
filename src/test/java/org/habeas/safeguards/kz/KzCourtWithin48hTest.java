package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.Duration;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC: released, or a court decision on remand, within 48 h; 72 h only with a lawful extension. */
class KzCourtWithin48hTest extends SafeguardsFixtures {

  private static final String RULE = "kz.court-within-48h";

  @Test
  void isPendingUntil48HoursAfterApprehension() {
    var e = judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-04T09:59+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(PENDING);
    assertThat(only(e, RULE).dueAt()).isEqualTo(at("2026-03-04T10:00+05:00"));
    assertThat(e.detentionLimit().limit()).isEqualTo(Duration.ofHours(48));
  }

  @Test
  void isBreachedAtTheDueInstantWithoutADecision() {
    var e = judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-04T10:00+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(BREACHED);
  }

  @Test
  void remandOrderedWithin48HoursMeetsIt() {
    var record =
        given(apprehendedAt("2026-03-02T10:00+05:00"), remandOrderedAt("2026-03-04T09:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-05T10:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.metAt()).isEqualTo(at("2026-03-04T09:00+05:00"));
    assertThat(o.seqs()).containsExactly(1, 2);
  }

  @Test
  void aDecisionAfter48HoursIsLate() {
    var record =
        given(apprehendedAt("2026-03-02T10:00+05:00"), releasedAt("2026-03-04T11:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-05T10:00+05:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void aLawfulExtensionMovesTheLimitTo72Hours() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            extendedAt("2026-03-04T08:00+05:00", "2026-03-05T10:00+05:00", "prosecutor"));

    var e = judge(kz(), record, "2026-03-04T12:00+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(PENDING);
    assertThat(only(e, RULE).dueAt()).isEqualTo(at("2026-03-05T10:00+05:00"));
    assertThat(only(e, RULE).reason()).isEqualTo(Reason.EXTENDED);
    assertThat(e.detentionLimit().limit()).isEqualTo(Duration.ofHours(72));
    assertThat(e.detentionLimit().extendedBy()).containsExactly(2);
  }

  @Test
  void anExtensionBeyond72HoursCountsOnlyTo72() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            extendedAt("2026-03-04T08:00+05:00", "2026-03-06T10:00+05:00", "prosecutor"));

    var o = only(judge(kz(), record, "2026-03-04T12:00+05:00"), RULE);

    assertThat(o.dueAt()).isEqualTo(at("2026-03-05T10:00+05:00"));
  }

  @Test
  void anExtensionGrantedAfterTheLimitRanOutRevivesNothing() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            extendedAt("2026-03-04T11:00+05:00", "2026-03-05T10:00+05:00", "prosecutor"));

    var o = only(judge(kz(), record, "2026-03-04T12:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.EXTENSION_IGNORED);
  }

  @Test
  void doesNotApplyToAJuvenile() {
    var e =
        judge(
            kz(), given(juvenileApprehendedAt("2026-03-02T10:00+05:00")), "2026-03-02T11:00+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(NOT_APPLICABLE);
    assertThat(only(e, RULE).reason()).isEqualTo(Reason.CONDITION_NOT_MET);
  }
}
