package org.habeas.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.habeas.system.Actor;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A doctor's medical work at their facility (issue 15, the doctor's landing page): the people held
 * there, who of them awaits a medical examination (from the safeguards' obligations, {@link
 * MedicalDue}), who has injuries recorded, and the doctor's own recent examinations. Only the
 * records the doctor may see, in their medical part ({@link Redaction}); the names shown are logged
 * as reads of personal data, as on every list.
 */
@Service
public class MedicalWork {

  /** How many records of the facility are looked at, at most. */
  static final int LIMIT = 200;

  /** One person held at the facility, as the doctor sees them. */
  public record Patient(
      String recordId,
      String name,
      @Nullable String language,
      Instant apprehendedAt,
      boolean juvenile,
      int injuries,
      @Nullable Instant lastExaminationAt,
      MedicalDue.@Nullable Due due) {

    /** Whether the person awaits a medical examination. */
    public boolean awaitsExamination() {
      return due != null;
    }
  }

  /** A medical event the doctor recorded. */
  public record Examination(String recordId, String name, int seq, String type, Instant at) {}

  /** The landing page's content. */
  public record Work(List<Patient> held, List<Patient> awaiting, List<Examination> recent) {}

  private final CustodyRecordViews views;
  private final CustodyEventStore store;
  private final CustodyAccess access;
  private final PersonalDataReads reads;
  private final MedicalDue due;

  MedicalWork(
      CustodyRecordViews views,
      CustodyEventStore store,
      CustodyAccess access,
      PersonalDataReads reads,
      MedicalDue due) {
    this.views = views;
    this.store = store;
    this.access = access;
    this.reads = reads;
    this.due = due;
  }

  /** The medical work of a doctor at {@code now}; nothing for anyone else. */
  @Transactional
  public Work of(Actor doctor, Instant now) {
    if (!doctor.is(Role.DOCTOR) || doctor.facilityId() == null) {
      return new Work(List.of(), List.of(), List.of());
    }
    var listed = views.page(doctor, RecordFilter.openAt(doctor.facilityId()), 0, LIMIT);
    var histories = store.loadAll(listed.stream().map(RecordSummary::id).toList());
    var owed = due.owed(histories.keySet(), now);
    var held = new ArrayList<Patient>();
    var recent = new ArrayList<Examination>();
    var shown = new ArrayList<String>();
    for (var summary : listed) {
      var events = histories.get(summary.id());
      if (events == null) {
        continue;
      }
      var state = CustodyRecord.replay(events);
      var visibility = access.visibility(doctor, state);
      if (visibility != Visibility.MEDICAL && visibility != Visibility.FULL) {
        continue;
      }
      shown.add(summary.id());
      int injuries = 0;
      Instant lastExam = null;
      for (var entry : state.events()) {
        if (entry.superseded()) {
          continue;
        }
        var s = entry.stored();
        var e = s.event() instanceof Corrected c ? c.replacement() : s.event();
        if (e instanceof InjuryRecorded) {
          injuries++;
        }
        if (e instanceof MedicalExaminationCompleted m
            && (lastExam == null || m.occurredAt().isAfter(lastExam))) {
          lastExam = m.occurredAt();
        }
        if ((e instanceof MedicalExaminationCompleted || e instanceof InjuryRecorded)
            && doctor.username().equals(s.recordedBy())) {
          recent.add(
              new Examination(
                  summary.id(), state.person().name(), s.seq(), e.type(), e.occurredAt()));
        }
      }
      held.add(
          new Patient(
              summary.id(),
              state.person().name(),
              state.person().language(),
              state.apprehendedAt(),
              summary.juvenile(),
              injuries,
              lastExam,
              owed.get(summary.id())));
    }
    reads.logAll(doctor, shown, Purpose.DUTY, null);
    var awaiting =
        held.stream()
            .filter(Patient::awaitsExamination)
            .sorted(
                Comparator.comparing(
                    (Patient p) -> {
                      var due = p.due();
                      return due == null ? null : due.dueAt();
                    },
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    recent.sort(Comparator.comparing(Examination::at).reversed());
    return new Work(held, awaiting, recent.stream().limit(20).toList());
  }
}
