package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.habeas.custody.DetentionClock;
import org.habeas.custody.DetentionClock.Level;
import org.habeas.custody.Jurisdiction;
import org.junit.jupiter.api.Test;

class DetentionClockTest extends CustodyTest {

  private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");

  @Test
  void clockIsGreenBeforeThreeQuarters() {
    var state = record(apprehendedAt("2026-03-01T22:15+05:00"));

    var clock = DetentionClock.of(state, at("2026-03-03T10:14+05:00"), ASTANA);

    assertThat(clock.level()).isEqualTo(Level.GREEN);
    assertThat(clock.hours()).isEqualTo(35);
  }

  @Test
  void clockTurnsAmberAtThreeQuarters() {
    var state = record(apprehendedAt("2026-03-01T22:15+05:00"));

    // 36 h of the 48 h Kazakh limit.
    var clock = DetentionClock.of(state, at("2026-03-03T10:15+05:00"), ASTANA);

    assertThat(clock.level()).isEqualTo(Level.AMBER);
    assertThat(clock.limit()).isEqualTo(Duration.ofHours(48));
    assertThat(clock.until()).isEqualTo(at("2026-03-03T22:15+05:00"));
    assertThat(clock.remaining()).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void clockStaysAmberAtTheLimitAndTurnsRedAfter() {
    var state = record(apprehendedAt("2026-03-01T22:15+05:00"));

    assertThat(DetentionClock.of(state, at("2026-03-03T22:15+05:00"), ASTANA).level())
        .isEqualTo(Level.AMBER);
    assertThat(DetentionClock.of(state, at("2026-03-03T22:16+05:00"), ASTANA).level())
        .isEqualTo(Level.RED);
  }

  @Test
  void juvenileInKazakhstanHas24Hours() {
    var state = record(juvenileApprehendedAt("2026-03-01T22:15+05:00"));

    var clock = DetentionClock.of(state, at("2026-03-02T17:00+05:00"), ASTANA);

    assertThat(clock.limit()).isEqualTo(Duration.ofHours(24));
    assertThat(clock.level()).isEqualTo(Level.AMBER);
  }

  @Test
  void englandAndWalesAllow24HoursAndCpt48() {
    var inEngland = record(apprehended("2026-03-01T22:15Z", adult(), Jurisdiction.EW));
    var underCpt = record(apprehended("2026-03-01T22:15Z", adult(), Jurisdiction.CPT));

    assertThat(
            DetentionClock.of(inEngland, at("2026-03-02T10:00Z"), ZoneId.of("Europe/London"))
                .limit())
        .isEqualTo(Duration.ofHours(24));
    assertThat(
            DetentionClock.of(underCpt, at("2026-03-02T10:00Z"), ZoneId.of("Europe/Paris")).limit())
        .isEqualTo(Duration.ofHours(48));
  }

  @Test
  void extensionPushesLimitOut() {
    var state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            extendedAt("2026-03-03T10:00+05:00", "2026-03-04T22:15+05:00"));

    var clock = DetentionClock.of(state, at("2026-03-03T23:00+05:00"), ASTANA);

    assertThat(clock.until()).isEqualTo(at("2026-03-04T22:15+05:00"));
    assertThat(clock.limit()).isEqualTo(Duration.ofHours(72));
    assertThat(clock.level()).isEqualTo(Level.GREEN);
  }

  @Test
  void closedRecordStopsClock() {
    var state =
        record(apprehendedAt("2026-03-01T22:15+05:00"), releasedAt("2026-03-02T10:15+05:00"));

    var clock = DetentionClock.of(state, at("2026-03-09T00:00+05:00"), ASTANA);

    assertThat(clock.level()).isEqualTo(Level.CLOSED);
    assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(12));
  }
}
