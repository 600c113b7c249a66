package org.habeas.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.DetentionProtocolDrawnUp;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.Person;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RelativeNotified;
import org.habeas.custody.RemandOrdered;
import org.habeas.custody.RightsExplained;
import org.habeas.custody.Transferred;
import org.habeas.demo.DemoRecords.PlannedEvent;
import org.habeas.demo.DemoRecords.PlannedRecord;

/**
 * Issue 16's demo record, added beside the generated ones (which stay as they are): a man held at
 * the Astana temporary detention facility is remanded on day two and handed over to Remand Prison
 * No. 1, which records his arrival and continues the same record; three weeks later its doctor
 * finds bruises and he says he was beaten at the police station. The report to the prosecutor is
 * not yet recorded, so the remand prison's board and the record show it owed.
 */
final class DemoRemand {

  static final String TDF = "kz-ast-tdf1";
  static final String SIZO = "kz-ast-sizo1";
  static final String SIZO_DOCTOR = "Gulmira Nurpeisova";

  private DemoRemand() {}

  /** The record, with its apprehension 25 days before {@code now} (truncated to the hour). */
  static PlannedRecord record(Instant now) {
    Instant t0 = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(25));
    LocalDate birth = LocalDate.of(1994, 5, 17);
    var person =
        new Person(
            "Daulet Serikbayev",
            birth,
            DemoPeople.iin(new Random(DemoRecords.SEED + 16), birth, true),
            "KZ",
            null);
    var events = new ArrayList<PlannedEvent>();
    add(
        events,
        new Apprehended(
            t0,
            TDF,
            person,
            "caught at the scene by a patrol",
            "CC art. 188 (theft)",
            null,
            Jurisdiction.KZ),
        "officer");
    add(events, new RightsExplained(at(t0, 10), "kk", true, true), "officer");
    add(events, new ArrivedAtFacility(at(t0, 40), TDF, "7"), "officer");
    add(events, new DetentionProtocolDrawnUp(at(t0, 90), "AST-16-0412"), "officer");
    add(
        events,
        new RelativeNotified(at(t0, 120), "his wife", "telephone", NotificationSubject.DETENTION),
        "officer");
    add(
        events,
        new ProsecutorNotified(
            at(t0, 180),
            "Astana City Prosecutor's Office",
            "in writing",
            NotificationSubject.DETENTION),
        "officer");
    add(
        events,
        new MedicalExaminationCompleted(at(t0, 240), "Aigerim Seitkali", false, null),
        "doctor");
    add(
        events,
        new RemandOrdered(at(t0, 30 * 60), "Investigative Court of Almaty District, Astana"),
        "officer");
    add(events, new Transferred(at(t0, 33 * 60), SIZO), "officer");
    // The remand prison continues the record from here (issue 16).
    add(events, new ArrivedAtFacility(at(t0, 34 * 60), SIZO, "2-14"), "officer-ast-sizo1");
    add(
        events,
        new MedicalExaminationCompleted(at(t0, 46 * 60), SIZO_DOCTOR, false, null),
        "officer-ast-sizo1");
    Instant found = at(t0, 22 * 24 * 60);
    add(
        events,
        new MedicalExaminationCompleted(
            found,
            SIZO_DOCTOR,
            true,
            "Bruising on both forearms and across the lower back, some days old"),
        "officer-ast-sizo1");
    add(
        events,
        // On the body map during that examination, which therefore covers it.
        new InjuryRecorded(found, "Bruises on both forearms and the lower back", SIZO_DOCTOR),
        "officer-ast-sizo1");
    add(
        events,
        new AllegationMade(
            found.plus(Duration.ofMinutes(20)),
            "investigators at the temporary detention facility",
            "Says he was beaten during questioning before the hand-over to the remand prison"),
        "officer-ast-sizo1");
    return new PlannedRecord(List.copyOf(events));
  }

  private static Instant at(Instant t0, long minutes) {
    return t0.plus(Duration.ofMinutes(minutes));
  }

  /** Each event recorded three minutes after it happened, by the demo user named. */
  private static void add(List<PlannedEvent> events, CustodyEvent e, String by) {
    events.add(new PlannedEvent(e, e.occurredAt().plus(Duration.ofMinutes(3)), by));
  }
}
