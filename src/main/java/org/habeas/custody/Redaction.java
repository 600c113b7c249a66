package org.habeas.custody;

import java.util.List;

/** What of a record's events each kind of viewer is shown. */
final class Redaction {

  private Redaction() {}

  static List<TimelineEntry> eventsFor(Visibility v, List<TimelineEntry> events, String pseudonym) {
    return switch (v) {
      case FULL -> events;
      case NONE -> List.of();
      case MEDICAL -> events.stream().filter(e -> medicalOrOpening(e.stored())).toList();
      case PSEUDONYMISED ->
          events.stream()
              .map(e -> new TimelineEntry(pseudonymised(e.stored(), pseudonym), e.supersededBy()))
              .toList();
    };
  }

  private static boolean medicalOrOpening(StoredEvent e) {
    var inner = e.event() instanceof Corrected c ? c.replacement() : e.event();
    return inner instanceof Apprehended
        || inner instanceof MedicalExaminationCompleted
        || inner instanceof InjuryRecorded;
  }

  private static StoredEvent pseudonymised(StoredEvent e, String pseudonym) {
    var event = e.event();
    var replaced =
        switch (event) {
          case Apprehended a -> hide(a, pseudonym);
          case Corrected c when c.replacement() instanceof Apprehended a ->
              new Corrected(c.occurredAt(), c.correctsSeq(), c.reason(), hide(a, pseudonym));
          default -> event;
        };
    return new StoredEvent(e.seq(), replaced, e.recordedAt(), e.recordedBy(), e.leafIndex());
  }

  private static Apprehended hide(Apprehended a, String pseudonym) {
    var p = a.person();
    return new Apprehended(
        a.occurredAt(),
        a.facilityId(),
        new Person(pseudonym, null, null, null, p.language()),
        a.grounds(),
        a.suspectedOffence(),
        a.indictable(),
        a.jurisdiction());
  }
}
