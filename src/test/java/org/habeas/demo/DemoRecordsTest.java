package org.habeas.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.LawyerArrived;
import org.habeas.custody.LawyerNotified;
import org.habeas.custody.LawyerRequested;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.StoredEvent;
import org.habeas.demo.DemoRecords.PlannedEvent;
import org.habeas.demo.DemoRecords.PlannedRecord;
import org.junit.jupiter.api.Test;

class DemoRecordsTest {

  private static final Instant NOW = Instant.parse("2026-11-29T09:41:17Z");

  @Test
  void theSameStartGivesTheSameRecords() {
    assertThat(DemoRecords.generate(NOW, 220)).isEqualTo(DemoRecords.generate(NOW, 220));
    // Within the same hour too: times are counted from the start truncated to the hour.
    assertThat(DemoRecords.generate(NOW.plusSeconds(600), 40))
        .isEqualTo(DemoRecords.generate(NOW, 40));
  }

  @Test
  void everyEventFitsItsRecordsTimelineWhenStoredInOrder() {
    for (var record : DemoRecords.generate(NOW, 220)) {
      var stored = new ArrayList<StoredEvent>();
      for (var e : record.events()) {
        assertThatCode(() -> CustodyRecord.checkAppend(stored, e.event(), e.recordedAt()))
            .as("%s in %s", e.event().type(), record)
            .doesNotThrowAnyException();
        stored.add(
            new StoredEvent(stored.size() + 1, e.event(), e.recordedAt(), e.recordedBy(), null));
      }
    }
  }

  @Test
  void nothingHappensOrIsRecordedAfterTheStartOrBeforeTheMonth() {
    var base = Instant.parse("2026-11-29T09:00:00Z");
    for (var record : DemoRecords.generate(NOW, 220)) {
      assertThat(record.apprehended().occurredAt()).isAfter(base.minus(Duration.ofDays(31)));
      for (var e : record.events()) {
        assertThat(e.event().occurredAt()).isBeforeOrEqualTo(e.recordedAt());
        assertThat(e.recordedAt()).isBeforeOrEqualTo(base);
      }
    }
  }

  @Test
  void theMixShowsWhatTheSafeguardsAreAbout() {
    var records = DemoRecords.generate(NOW, 220);
    var states = records.stream().map(DemoRecordsTest::replay).toList();

    long open = states.stream().filter(CustodyRecord::isOpen).count();
    assertThat(open).isBetween(40L, 80L);
    long ew = states.stream().filter(s -> s.jurisdiction() == Jurisdiction.EW).count();
    assertThat(ew).isBetween(20L, 45L);
    long juveniles = states.stream().filter(s -> s.isJuvenile(DemoDirectory.KZ)).count();
    assertThat(juveniles).isGreaterThanOrEqualTo(12);
    long foreign =
        states.stream().filter(s -> s.person().isForeignNationalIn(s.jurisdiction())).count();
    assertThat(foreign).isGreaterThanOrEqualTo(15);
    long longDetentions =
        states.stream()
            .filter(
                s -> {
                  var end = s.closedAt() == null ? NOW : s.closedAt();
                  return Duration.between(s.apprehendedAt(), end).toHours() >= 48;
                })
            .count();
    assertThat(longDetentions).isGreaterThanOrEqualTo(5);
    long withoutMedical =
        records.stream()
            .filter(r -> r.apprehended().jurisdiction() == Jurisdiction.KZ)
            .filter(r -> events(r, MedicalExaminationCompleted.class).isEmpty())
            .count();
    assertThat(withoutMedical).isGreaterThanOrEqualTo(15);
    long corrections = records.stream().filter(r -> !events(r, Corrected.class).isEmpty()).count();
    assertThat(corrections).isGreaterThanOrEqualTo(4);
    long lateEntries =
        records.stream()
            .flatMap(r -> r.events().stream())
            .filter(e -> Duration.between(e.event().occurredAt(), e.recordedAt()).toMinutes() > 60)
            .count();
    assertThat(lateEntries).isGreaterThanOrEqualTo(20);
  }

  @Test
  void eachDemoRoleHasRecordsToSee() {
    var records = DemoRecords.generate(NOW, 220);
    String lawyer = DemoDirectory.LAWYER.displayName();
    long lawyers =
        records.stream()
            .filter(
                r ->
                    r.events().stream()
                        .map(PlannedEvent::event)
                        .anyMatch(
                            e ->
                                switch (e) {
                                  case LawyerRequested l -> l.lawyer().equals(lawyer);
                                  case LawyerNotified l -> l.lawyer().equals(lawyer);
                                  case LawyerArrived l -> l.lawyer().equals(lawyer);
                                  default -> false;
                                }))
            .count();
    assertThat(lawyers).isGreaterThanOrEqualTo(20);
    long questioned =
        records.stream()
            .filter(
                r ->
                    events(r, InterrogationStarted.class).stream()
                        .anyMatch(
                            i -> i.interrogator().equals(DemoDirectory.INVESTIGATOR.displayName())))
            .count();
    assertThat(questioned).isGreaterThanOrEqualTo(30);
    long atFirstFacility =
        records.stream()
            .filter(r -> replay(r).facilitiesVisited().contains(DemoDirectory.AST_TDF))
            .count();
    assertThat(atFirstFacility).isGreaterThanOrEqualTo(30);
    assertThat(records.stream().flatMap(r -> r.events().stream()).map(PlannedEvent::recordedBy))
        .contains("officer", "officer-ew", "doctor", "investigator");
  }

  @Test
  void juvenilesAreUnderEighteenOnTheDay() {
    for (var record : DemoRecords.generate(NOW, 220)) {
      var a = record.apprehended();
      var zone = DemoDirectory.facility(a.facilityId()).zone();
      var age =
          java.time.Period.between(
                  a.person().birthDate(), LocalDate.ofInstant(a.occurredAt(), zone))
              .getYears();
      assertThat(age).isBetween(14, 64);
    }
  }

  @Test
  void nationalIdsCarryTheirCheckDigit() {
    for (var record : DemoRecords.generate(NOW, 220)) {
      var id = record.apprehended().person().nationalId();
      if (id != null) {
        assertThat(id).hasSize(12);
        assertThat(id.charAt(11) - '0').isEqualTo(DemoPeople.iinCheckDigit(id.substring(0, 11)));
      }
    }
  }

  @Test
  void theSignInsOfTheProductBriefAreThere() {
    assertThat(DemoData.signIns())
        .extracting(DemoData.SignIn::username)
        .startsWith(
            "officer",
            "officer-ew",
            "investigator",
            "doctor",
            "prosecutor",
            "lawyer",
            "monitor",
            "trainer",
            "focal-point",
            "admin")
        .doesNotHaveDuplicates();
    assertThat(DemoDirectory.FACILITIES.getFirst().id()).isEqualTo("kz-ast-tdf1");
    assertThat(StartupBanner.text("http://localhost:8080", DemoData.signIns()))
        .contains("http://localhost:8080", "habeas-demo", "focal-point");
  }

  private static CustodyRecord replay(PlannedRecord r) {
    var stored = new ArrayList<StoredEvent>();
    for (var e : r.events()) {
      stored.add(
          new StoredEvent(stored.size() + 1, e.event(), e.recordedAt(), e.recordedBy(), null));
    }
    return CustodyRecord.replay(stored);
  }

  private static <T> List<T> events(PlannedRecord r, Class<T> kind) {
    return r.events().stream()
        .map(PlannedEvent::event)
        .filter(kind::isInstance)
        .map(kind::cast)
        .filter(Objects::nonNull)
        .toList();
  }
}
