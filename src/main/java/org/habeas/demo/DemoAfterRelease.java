package org.habeas.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.DetentionProtocolDrawnUp;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.LawyerArrived;
import org.habeas.custody.LawyerNotified;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.Person;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RelativeNotified;
import org.habeas.custody.Released;
import org.habeas.custody.RightsExplained;
import org.habeas.demo.DemoRecords.PlannedEvent;
import org.habeas.demo.DemoRecords.PlannedRecord;

/**
 * A demo record of issue 16, item 3, added beside the generated ones (which it leaves as they are):
 * a man held at the Astana TDF for eight hours and released; that evening the facility's doctor
 * records the injuries a hospital found, two days later his lawyer records his allegation, and the
 * prosecutor is told of it. The timeline marks the last three "after release"; the duty to report
 * is late for the injury and met for the allegation.
 */
final class DemoAfterRelease {

  private DemoAfterRelease() {}

  /** The record, apprehended four days before {@code now} (to the hour). */
  static PlannedRecord plan(Instant now) {
    var a = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(4));
    var lawyer = DemoDirectory.LAWYER.displayName();
    var events = new ArrayList<PlannedEvent>();
    add(
        events,
        new Apprehended(
            a,
            DemoDirectory.AST_TDF,
            new Person("Нурлан Жаксылыков", LocalDate.of(1987, 9, 14), null, "KZ", "kk"),
            "a witness points him out as the one who committed it",
            "Hooliganism (CC art. 293)",
            false,
            Jurisdiction.KZ),
        "officer");
    add(events, new RightsExplained(at(a, 5), "kk", true, true), "officer");
    add(events, new ArrivedAtFacility(at(a, 30), DemoDirectory.AST_TDF), "officer");
    add(events, new LawyerNotified(at(a, 50), lawyer), "officer");
    add(events, new DetentionProtocolDrawnUp(at(a, 90), "ХТ-1607"), "officer");
    add(
        events,
        new RelativeNotified(at(a, 120), "wife", "by telephone", NotificationSubject.DETENTION),
        "officer");
    add(events, new MedicalExaminationCompleted(at(a, 130), "Dr. Seitkali", false, null), "doctor");
    add(events, new LawyerArrived(at(a, 150), lawyer), "officer");
    add(
        events,
        new ProsecutorNotified(
            at(a, 180), "Astana city prosecutor", "in writing", NotificationSubject.DETENTION),
        "officer");
    add(events, new Released(at(a, 8 * 60), "no grounds to hold"), "officer");
    // After the release.
    add(
        events,
        new InjuryRecorded(
            at(a, 11 * 60),
            "Bruises on both wrists and the left side of the ribs, found at city hospital 2 the"
                + " evening of the release",
            "Dr. Seitkali"),
        "doctor");
    add(
        events,
        new AllegationMade(
            at(a, 2 * 24 * 60),
            "officers of the temporary detention facility",
            "says he was beaten in the cell before the release"),
        "lawyer");
    add(
        events,
        new ProsecutorNotified(
            at(a, 2 * 24 * 60 + 180),
            "Astana city prosecutor",
            "in writing",
            NotificationSubject.ILL_TREATMENT),
        "prosecutor");
    return new PlannedRecord(List.copyOf(events));
  }

  private static Instant at(Instant start, int minutes) {
    return start.plus(Duration.ofMinutes(minutes));
  }

  /** Stored five minutes after it happened, by the demo user named. */
  private static void add(List<PlannedEvent> events, CustodyEvent e, String by) {
    events.add(new PlannedEvent(e, e.occurredAt().plus(Duration.ofMinutes(5)), by));
  }
}
