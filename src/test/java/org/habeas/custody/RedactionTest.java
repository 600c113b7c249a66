package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a doctor and the system processes are shown of a record (issue 14, findings 8 and 9): a
 * doctor the medical part, never grounds, suspected offence or national ID; the system processes
 * the events with the person not identified.
 */
class RedactionTest {

  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
  private static final Person PERSON =
      new Person("Aidos Serikbayev", LocalDate.parse("1990-05-17"), "900517300123", "KZ", "kk");

  private final List<StoredEvent> events =
      stored(
          new Apprehended(
              T, "kz-ast-tdf1", PERSON, "caught in the act", "CC art. 188", true, Jurisdiction.KZ),
          new CellVisited(T.plusSeconds(600), "Sgt. Omarov", false),
          new MedicalExaminationCompleted(T.plusSeconds(900), "Dr. Seitkali", true, "bruise"));

  @Test
  void aDoctorSeesTheMedicalPartAndThePersonWithoutGroundsOffenceOrNationalId() {
    var shown =
        Redaction.eventsFor(Visibility.MEDICAL, CustodyRecord.replay(events).events(), "D-1");

    assertThat(shown)
        .extracting(e -> e.stored().type())
        .containsExactly("Apprehended", "MedicalExaminationCompleted");
    var opening = (Apprehended) shown.getFirst().stored().event();
    assertThat(opening.grounds()).isNull();
    assertThat(opening.suspectedOffence()).isNull();
    assertThat(opening.person().nationalId()).isNull();
    assertThat(opening.person().name()).isEqualTo("Aidos Serikbayev");
    assertThat(Redaction.medical(PERSON).nationalId()).isNull();
  }

  @Test
  void theSystemReadsTheRecordWithThePersonNotIdentified() {
    var read = Redaction.forSystem(events, "D-1");

    var opening = (Apprehended) read.getFirst().event();
    assertThat(opening.person().name()).isEqualTo("D-1");
    assertThat(opening.person().nationalId()).isNull();
    assertThat(opening.grounds()).isNull();
    assertThat(opening.suspectedOffence()).isNull();
    // What the safeguard rules judge by stays: age, citizenship, language, and every other event.
    assertThat(opening.person().birthDate()).isEqualTo(PERSON.birthDate());
    assertThat(opening.person().citizenship()).isEqualTo("KZ");
    assertThat(opening.person().language()).isEqualTo("kk");
    assertThat(read.subList(1, 3)).isEqualTo(events.subList(1, 3));
  }

  private static List<StoredEvent> stored(CustodyEvent... events) {
    var out = new ArrayList<StoredEvent>();
    for (var e : events) {
      out.add(new StoredEvent(out.size() + 1, e, e.occurredAt(), "officer", null));
    }
    return out;
  }
}
