package org.habeas.custody;

import java.util.List;

/**
 * What of a record's events, and of the person in it, each kind of viewer is shown.
 *
 * <p>A doctor is due the medical part only (issue 14, finding 8): who the patient is (name, birth
 * date, citizenship, the language to speak), never why they are held (grounds, suspected offence)
 * nor their national identity number.
 *
 * <p>A withheld field is null in the copy shown, also where the event requires it (grounds, the
 * reason of a correction, a pseudonymised person's birth date): hence the nullness checker is told
 * to let these copies be built. They are only ever shown; nothing checks, replays or stores them.
 */
@SuppressWarnings("NullAway")
final class Redaction {

  private Redaction() {}

  static List<TimelineEntry> eventsFor(Visibility v, List<TimelineEntry> events, String pseudonym) {
    return switch (v) {
      case FULL -> events;
      case NONE -> List.of();
      case MEDICAL ->
          events.stream()
              .filter(e -> medicalOrOpening(e.stored()))
              .map(e -> new TimelineEntry(medical(e.stored()), e.supersededBy(), e.afterRelease()))
              .toList();
      case PSEUDONYMISED ->
          events.stream()
              .map(
                  e ->
                      new TimelineEntry(
                          pseudonymised(e.stored(), pseudonym), e.supersededBy(), e.afterRelease()))
              .toList();
    };
  }

  /** The person as a doctor is shown them: no national identity number. */
  static Person medical(Person p) {
    return new Person(p.name(), p.birthDate(), null, p.citizenship(), p.language());
  }

  /** Whether a doctor is shown the event at all (the opening only in its medical form). */
  static boolean medicalOrOpening(StoredEvent e) {
    var inner = e.event() instanceof Corrected c ? c.replacement() : e.event();
    return inner instanceof Apprehended
        || inner instanceof MedicalExaminationCompleted
        || inner instanceof InjuryRecorded;
  }

  /**
   * The events as system processes read them ({@link CustodyRecords#history}): the person not
   * identified (the pseudonym for the name, no national identity number), no grounds nor suspected
   * offence; birth date, citizenship and language kept, which the safeguard rules need.
   */
  static List<StoredEvent> forSystem(List<StoredEvent> events, String pseudonym) {
    return events.stream()
        .map(
            e ->
                switch (e.event()) {
                  case Apprehended a -> e.with(deidentified(a, pseudonym));
                  case Corrected c when c.replacement() instanceof Apprehended a ->
                      e.with(
                          new Corrected(
                              c.occurredAt(),
                              c.correctsSeq(),
                              c.reason(),
                              deidentified(a, pseudonym)));
                  default -> e;
                })
        .toList();
  }

  private static Apprehended deidentified(Apprehended a, String pseudonym) {
    var p = a.person();
    return new Apprehended(
        a.occurredAt(),
        a.facilityId(),
        new Person(pseudonym, p.birthDate(), null, p.citizenship(), p.language()),
        null,
        null,
        a.indictable(),
        a.jurisdiction());
  }

  /** Whether the event is the record's opening, or a correction of it. */
  static boolean isOpening(StoredEvent e) {
    var inner = e.event() instanceof Corrected c ? c.replacement() : e.event();
    return inner instanceof Apprehended;
  }

  /** The opening without why the person is held; medical events as they are. */
  private static StoredEvent medical(StoredEvent e) {
    var replaced =
        switch (e.event()) {
          case Apprehended a -> medical(a);
          // The reason for correcting an opening may tell why the person is held: withheld too.
          case Corrected c when c.replacement() instanceof Apprehended a ->
              new Corrected(c.occurredAt(), c.correctsSeq(), null, medical(a));
          default -> e.event();
        };
    return new StoredEvent(e.seq(), replaced, e.recordedAt(), e.recordedBy(), e.leafIndex());
  }

  /** Grounds and offence are withheld, not absent: left out of what is shown (null). */
  private static Apprehended medical(Apprehended a) {
    return new Apprehended(
        a.occurredAt(), a.facilityId(), medical(a.person()), null, null, null, a.jurisdiction());
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
