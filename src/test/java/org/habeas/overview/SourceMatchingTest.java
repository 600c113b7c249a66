package org.habeas.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.overview.Sighting.SourceKind.COMPLAINT;
import static org.habeas.overview.Sighting.SourceKind.CUSTODY_RECORD;
import static org.habeas.overview.Sighting.SourceKind.DETENTION_REPORT;
import static org.habeas.overview.Sighting.SourceKind.FIELD_REGISTRATION;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.habeas.overview.Sighting.SourceKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The join of the sources on the person: keys stand for the hashes custody computes (here plain
 * strings, "name|birth date").
 */
class SourceMatchingTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(30);

  @Test
  void twoSourcesOfTheSamePersonAreOneDetentionWithoutARecord() {
    var report = report("R-1", "aliya|1990-01-01", hoursAgo(6));
    var capture = sighting(FIELD_REGISTRATION, "F-1", "aliya|1990-01-01", null, hoursAgo(7));

    var m = SourceMatching.match(List.of(report, capture), WINDOW, NOW);

    assertThat(m.unrecorded()).hasSize(1);
    assertThat(m.unrecorded().getFirst().sources()).containsExactly(capture, report);
    assertThat(m.unrecorded().getFirst().since()).isEqualTo(hoursAgo(7));
    assertThat(m.unrecorded().getFirst().ago()).isEqualTo(Duration.ofHours(7));
    assertThat(m.late()).isEmpty();
  }

  @Test
  void aReportWithoutARecordIsListedWithItsFacilityAndHowLongAgo() {
    var report = report("R-2", "bolat|1985-02-02", hoursAgo(30));

    var m = SourceMatching.match(List.of(report), WINDOW, NOW);

    assertThat(m.unrecordedCount()).isEqualTo(1);
    assertThat(m.unrecorded().getFirst().first().reference()).isEqualTo("R-2");
    assertThat(m.unrecorded().getFirst().facilityId()).isEqualTo("kz-ast-tdf1");
    // held since an hour before it was reported, by the report's account
    assertThat(m.unrecorded().getFirst().since()).isEqualTo(hoursAgo(31));
    assertThat(m.unrecorded().getFirst().ago()).isEqualTo(Duration.ofHours(31));
  }

  @Test
  void aRecordOpenedFiveHoursAfterTheReportIsLateByFiveHours() {
    var report = report("R-3", "dana|1999-03-03", hoursAgo(10));
    var record = record("D-3", "dana|1999-03-03", hoursAgo(11), hoursAgo(5));

    var m = SourceMatching.match(List.of(record, report), WINDOW, NOW);

    assertThat(m.unrecorded()).isEmpty();
    assertThat(m.late())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.record().reference()).isEqualTo("D-3");
              assertThat(l.earliest().reference()).isEqualTo("R-3");
              assertThat(l.delay()).isEqualTo(Duration.ofHours(5));
            });
  }

  @Test
  void theEarliestSourceCountsAndARecordOpenedFirstIsNotLate() {
    var capture = sighting(FIELD_REGISTRATION, "F-4", "erlan|2000-04-04", null, hoursAgo(9));
    var report = report("R-4", "erlan|2000-04-04", hoursAgo(8));
    var record = record("D-4", "erlan|2000-04-04", hoursAgo(9), hoursAgo(6));
    var after = report("R-5", "farida|2001-05-05", hoursAgo(2));
    var inTime = record("D-5", "farida|2001-05-05", hoursAgo(4), hoursAgo(3));

    var m = SourceMatching.match(List.of(capture, report, record, after, inTime), WINDOW, NOW);

    assertThat(m.late())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.earliest().reference()).isEqualTo("F-4");
              assertThat(l.delay()).isEqualTo(Duration.ofHours(3));
            });
    assertThat(m.unrecorded()).isEmpty();
  }

  @Test
  void aDifferentBirthDateIsAnotherPerson() {
    var report = report("R-6", "gaukhar|1990-06-06", hoursAgo(10));
    var record = record("D-6", "gaukhar|1991-06-06", hoursAgo(11), hoursAgo(5));

    var m = SourceMatching.match(List.of(record, report), WINDOW, NOW);

    assertThat(m.late()).isEmpty();
    assertThat(m.unrecorded())
        .singleElement()
        .satisfies(u -> assertThat(u.first()).isEqualTo(report));
  }

  @Test
  void aComplaintWithoutBirthDateMatchesOnTheNameAndTheIinMatchesAlone() {
    var complaint =
        new Sighting(COMPLAINT, "C-7", null, null, null, "name:ivan", null, hoursAgo(20), null);
    var byIin =
        new Sighting(
            DETENTION_REPORT, "R-8", null, null, "iin:1", null, null, hoursAgo(20), hoursAgo(21));
    var record =
        new Sighting(
            CUSTODY_RECORD,
            "D-7",
            null,
            "ivan|1990",
            "iin:1",
            "name:ivan",
            null,
            hoursAgo(2),
            hoursAgo(22));

    var m = SourceMatching.match(List.of(complaint, byIin, record), WINDOW, NOW);

    assertThat(m.unrecorded()).isEmpty();
    assertThat(m.late())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.delay()).isEqualTo(Duration.ofHours(18));
            });
  }

  @Test
  void aSourceOlderThanTheWindowIsNeitherListedNorMatchedToALaterDetention() {
    var old = report("R-9", "zhan|1980-09-09", NOW.minus(Duration.ofDays(45)));
    var record = record("D-9", "zhan|1980-09-09", hoursAgo(3), hoursAgo(2));

    var m = SourceMatching.match(List.of(old, record), WINDOW, NOW);

    assertThat(m.unrecorded()).isEmpty();
    assertThat(m.late()).isEmpty();
  }

  // --- fixtures ------------------------------------------------------------------------------

  private static Instant hoursAgo(long hours) {
    return NOW.minus(Duration.ofHours(hours));
  }

  private static Sighting report(String ref, String person, Instant reportedAt) {
    return new Sighting(
        DETENTION_REPORT,
        ref,
        "/detention-reports/" + ref,
        person,
        null,
        name(person),
        "kz-ast-tdf1",
        reportedAt,
        reportedAt.minus(Duration.ofHours(1)));
  }

  private static Sighting record(
      String ref, String person, Instant apprehendedAt, Instant openedAt) {
    return new Sighting(
        CUSTODY_RECORD,
        ref,
        "/custody/" + ref,
        person,
        null,
        name(person),
        "kz-ast-tdf1",
        openedAt,
        apprehendedAt);
  }

  private static Sighting sighting(
      SourceKind kind, String ref, String person, @Nullable String facility, Instant at) {
    return new Sighting(kind, ref, null, person, null, name(person), facility, at, at);
  }

  private static String name(String person) {
    return "name:" + person.substring(0, person.indexOf('|'));
  }
}
