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
import org.habeas.custody.ConsulNotified;
import org.habeas.custody.ConsularChoice;
import org.habeas.custody.ConsularNotificationChosen;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.DetentionProtocolDrawnUp;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.Person;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RegistrationOutcome;
import org.habeas.custody.ReleaseOrdered;
import org.habeas.custody.Released;
import org.habeas.custody.ReportRegistered;
import org.habeas.custody.RightsExplained;
import org.habeas.demo.DemoRecords.PlannedEvent;
import org.habeas.demo.DemoRecords.PlannedRecord;

/**
 * Three hand-written Kazakh records of issue 16, loaded after the generated ones (which they leave
 * as they were): the pattern of the CAT decisions on Kazakhstan, an injury shown to the prosecutor
 * whose registration in the ERDR was refused; a foreign national who sought asylum and whose
 * consulate was told all the same; and a record still open whose report of ill-treatment the
 * prosecutor has not registered (an urgent alert, and a form for the prosecutor to record it).
 */
final class DemoKzCases {

  private static final String OFFICER = "officer";
  private static final String DOCTOR = "doctor";
  private static final String PROSECUTOR = "prosecutor";
  private static final String OFFICE = "Prosecutor’s Office of Astana";

  private DemoKzCases() {}

  /** The records, as of {@code now}: none has an event after {@code now} truncated to the hour. */
  static List<PlannedRecord> plan(Instant now) {
    Instant base = now.truncatedTo(ChronoUnit.HOURS);
    return List.of(
        registrationRefused(base.minus(Duration.ofHours(75))),
        consulToldAgainstAsylumSeekersWish(base.minus(Duration.ofHours(52))),
        reportNotYetRegistered(base.minus(Duration.ofHours(30))));
  }

  /** Beaten at apprehension, reported, and registration refused "for want of an offence". */
  private static PlannedRecord registrationRefused(Instant t0) {
    var r = new Builder(t0);
    r.add(
        0,
        OFFICER,
        new Apprehended(
            t0,
            DemoDirectory.AST_TDF,
            new Person("Bauyrzhan Sadykov", LocalDate.parse("1993-04-11"), null, "KZ", "kk"),
            "Caught in the act (CPC art. 128(2)(1))",
            "Theft (Criminal Code art. 188)",
            true,
            Jurisdiction.KZ));
    r.add(35, OFFICER, new ArrivedAtFacility(r.at(35), DemoDirectory.AST_TDF));
    r.add(45, OFFICER, new RightsExplained(r.at(45), "kk", true, true));
    r.add(80, OFFICER, new DetentionProtocolDrawnUp(r.at(80), "P-2026-ERDR-REF"));
    r.add(
        95,
        DOCTOR,
        new InjuryRecorded(
            r.at(95), "Bruising on both wrists and the left cheek", "Dr Aigerim Seitkali"));
    r.add(
        110,
        DOCTOR,
        new MedicalExaminationCompleted(
            r.at(110),
            "Aigerim Seitkali",
            true,
            "Bruises on both wrists, left cheek; 1–2 days old"));
    r.add(
        130,
        OFFICER,
        new AllegationMade(
            r.at(130), "Officers who carried out the apprehension", "Kicked while handcuffed"));
    r.add(
        240,
        OFFICER,
        new ProsecutorNotified(r.at(240), OFFICE, "in writing", NotificationSubject.ILL_TREATMENT));
    r.add(
        600,
        PROSECUTOR,
        new ReportRegistered(
            r.at(600),
            RegistrationOutcome.REFUSED,
            null,
            "The injuries were sustained while resisting apprehension; no signs of an offence",
            "Senior counsellor D. Omarov, " + OFFICE));
    r.add(40 * 60, OFFICER, new ReleaseOrdered(r.at(40 * 60), "Astana investigating court"));
    r.add(40 * 60 + 30, OFFICER, new Released(r.at(40 * 60 + 30), "Released by the court"));
    return r.build();
  }

  /** An Uzbek national who seeks asylum and declined; the consulate is told all the same. */
  private static PlannedRecord consulToldAgainstAsylumSeekersWish(Instant t0) {
    var r = new Builder(t0);
    r.add(
        0,
        OFFICER,
        new Apprehended(
            t0,
            DemoDirectory.AST_TDF,
            new Person("Dilshod Rakhimov", LocalDate.parse("1988-09-02"), null, "UZ", "ru"),
            "Identified by a witness (CPC art. 128(2)(2))",
            "Forgery of documents (Criminal Code art. 385)",
            true,
            Jurisdiction.KZ));
    r.add(30, OFFICER, new ArrivedAtFacility(r.at(30), DemoDirectory.AST_TDF));
    r.add(40, OFFICER, new RightsExplained(r.at(40), "ru", true, true));
    r.add(45, OFFICER, new ConsularNotificationChosen(r.at(45), ConsularChoice.DECLINED, true));
    r.add(90, OFFICER, new DetentionProtocolDrawnUp(r.at(90), "P-2026-VCCR-36"));
    r.add(
        6 * 60,
        OFFICER,
        new ConsulNotified(
            r.at(6 * 60),
            "Consulate General of Uzbekistan in Astana",
            "note verbale",
            NotificationSubject.DETENTION));
    r.add(30 * 60, OFFICER, new Released(r.at(30 * 60), "No grounds to hold further"));
    return r.build();
  }

  /** Still held: an injury reported to the prosecutor 27 hours ago and not registered. */
  private static PlannedRecord reportNotYetRegistered(Instant t0) {
    var r = new Builder(t0);
    r.add(
        0,
        OFFICER,
        new Apprehended(
            t0,
            DemoDirectory.AST_TDF,
            new Person("Askar Zhunusov", LocalDate.parse("1997-12-20"), null, "KZ", "ru"),
            "Caught in the act (CPC art. 128(2)(1))",
            "Robbery (Criminal Code art. 191)",
            true,
            Jurisdiction.KZ));
    r.add(40, OFFICER, new ArrivedAtFacility(r.at(40), DemoDirectory.AST_TDF));
    r.add(50, OFFICER, new RightsExplained(r.at(50), "ru", true, true));
    r.add(
        70,
        DOCTOR,
        new InjuryRecorded(r.at(70), "Swelling above the right eye", "Dr Aigerim Seitkali"));
    r.add(100, OFFICER, new DetentionProtocolDrawnUp(r.at(100), "P-2026-ERDR-OPEN"));
    r.add(
        180,
        OFFICER,
        new ProsecutorNotified(r.at(180), OFFICE, "in writing", NotificationSubject.ILL_TREATMENT));
    return r.build();
  }

  /** Events at minutes after the apprehension, each stored five minutes after it happened. */
  private static final class Builder {
    private final Instant t0;
    private final List<PlannedEvent> events = new ArrayList<>();

    Builder(Instant t0) {
      this.t0 = t0;
    }

    Instant at(int minutes) {
      return t0.plus(Duration.ofMinutes(minutes));
    }

    void add(int minutes, String by, CustodyEvent e) {
      events.add(new PlannedEvent(e, at(minutes).plus(Duration.ofMinutes(5)), by));
    }

    PlannedRecord build() {
      return new PlannedRecord(List.copyOf(events));
    }
  }
}
