package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.Bail;
import org.habeas.custody.BroughtBeforeCourt;
import org.habeas.custody.CellVisited;
import org.habeas.custody.Charged;
import org.habeas.custody.ConsulNotified;
import org.habeas.custody.ConsularChoice;
import org.habeas.custody.ConsularNotificationChosen;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DelayedRight;
import org.habeas.custody.DetentionAuthorised;
import org.habeas.custody.DetentionExtended;
import org.habeas.custody.DetentionProtocolDrawnUp;
import org.habeas.custody.DetentionReviewed;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.InterpreterAssigned;
import org.habeas.custody.InterrogationEnded;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.LawyerArrived;
import org.habeas.custody.LawyerRequested;
import org.habeas.custody.LawyerWaived;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.Person;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RegistrationOutcome;
import org.habeas.custody.RelativeNotified;
import org.habeas.custody.ReleaseOrdered;
import org.habeas.custody.Released;
import org.habeas.custody.RemandOrdered;
import org.habeas.custody.ReportRegistered;
import org.habeas.custody.RightsExplained;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;

/**
 * Named fixtures for the safeguards tests: people, events in the words of the record, and a record
 * judged against a shipped profile at an instant.
 */
public abstract class SafeguardsFixtures {

  public static final String TDF = "kz-ast-tdf1";
  public static final String PD = "kz-ast-pd1";
  public static final String AKTOBE_TDF = "kz-akt-tdf1";
  public static final String SUITE = "ew-met-cs1";
  public static final String OTHER_SUITE = "ew-met-cs2";
  public static final String CPT_STATION = "cpt-station1";

  /** Kazakhstan's facilities by the tz database (UTC+5 since March 2024), London, Strasbourg. */
  public static final FacilityZones ZONES =
      id ->
          id.startsWith("kz-akt")
              ? ZoneId.of("Asia/Aqtobe")
              : id.startsWith("kz-")
                  ? ZoneId.of("Asia/Almaty")
                  : id.startsWith("ew-") ? ZoneId.of("Europe/London") : ZoneId.of("Europe/Paris");

  public static Profile kz() {
    return ShippedProfiles.get("kz");
  }

  public static Profile cpt() {
    return ShippedProfiles.get("cpt");
  }

  public static Profile ew() {
    return ShippedProfiles.get("ew");
  }

  public static Instant at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }

  // People

  public static Person adult() {
    return new Person(
        "Aidos Serikbayev", LocalDate.parse("1990-05-17"), "900517300123", "KZ", "kk");
  }

  /** Seventeen until 15 June 2026. */
  public static Person juvenile() {
    return new Person("Arman Nurlanov", LocalDate.parse("2008-06-15"), null, "KZ", "ru");
  }

  public static Person uzbekCitizen() {
    return new Person("Rustam Karimov", LocalDate.parse("1985-02-01"), null, "UZ", "uz");
  }

  public static Person englishAdult() {
    return new Person("John Smith", LocalDate.parse("1980-01-01"), null, "GB", "en");
  }

  public static Person englishJuvenile() {
    return new Person("Tom Smith", LocalDate.parse("2010-01-01"), null, "GB", "en");
  }

  // Opening a record

  public static Apprehended apprehendedAt(String at) {
    return apprehended(at, adult(), Jurisdiction.KZ, TDF, true);
  }

  public static Apprehended juvenileApprehendedAt(String at) {
    return apprehended(at, juvenile(), Jurisdiction.KZ, TDF, true);
  }

  public static Apprehended foreignerApprehendedAt(String at) {
    return apprehended(at, uzbekCitizen(), Jurisdiction.KZ, TDF, true);
  }

  public static Apprehended arrestedAt(String at) {
    return apprehended(at, englishAdult(), Jurisdiction.EW, SUITE, true);
  }

  public static Apprehended arrestedForSummaryOffenceAt(String at) {
    return apprehended(at, englishAdult(), Jurisdiction.EW, SUITE, false);
  }

  public static Apprehended juvenileArrestedAt(String at) {
    return apprehended(at, englishJuvenile(), Jurisdiction.EW, SUITE, true);
  }

  public static Apprehended detainedUnderCptAt(String at) {
    return apprehended(at, englishAdult(), Jurisdiction.CPT, CPT_STATION, true);
  }

  public static Apprehended apprehended(
      String at, Person person, Jurisdiction j, String facility, Boolean indictable) {
    return new Apprehended(
        at(at), facility, person, "caught in the act", "CC art. 188", indictable, j);
  }

  // Custody

  public static ArrivedAtFacility arrivedAt(String at, String facility) {
    return new ArrivedAtFacility(at(at), facility);
  }

  public static Transferred transferredAt(String at, String facility) {
    return new Transferred(at(at), facility);
  }

  public static DetentionAuthorised detentionAuthorisedAt(String at) {
    return new DetentionAuthorised(at(at), "PS Clarke");
  }

  public static DetentionProtocolDrawnUp protocolAt(String at) {
    return new DetentionProtocolDrawnUp(at(at), "P-77");
  }

  public static DetentionReviewed reviewedAt(String at, String rank) {
    return new DetentionReviewed(at(at), "Insp. Hughes", rank, "continue");
  }

  public static DetentionReviewed reviewedAt(String at) {
    return reviewedAt(at, "Inspector");
  }

  public static DetentionExtended extendedAt(String at, String until, String rank) {
    return new DetentionExtended(at(at), at(until), "Supt. Moss", rank, "evidence being secured");
  }

  public static CellVisited cellVisitedAt(String at) {
    return new CellVisited(at(at), "PC Evans", false);
  }

  public static CellVisited cellVisitedDrunkAt(String at) {
    return new CellVisited(at(at), "PC Evans", true);
  }

  // Rights and notices

  public static RightsExplained rightsExplainedAt(String at) {
    return new RightsExplained(at(at), "kk", false, false);
  }

  public static RightsExplained rightsGivenInWritingAt(String at) {
    return new RightsExplained(at(at), "en", true, true);
  }

  public static InterpreterAssigned interpreterAssignedAt(String at) {
    return new InterpreterAssigned(at(at), "uz");
  }

  public static LawyerRequested lawyerRequestedAt(String at) {
    return new LawyerRequested(at(at), "duty solicitor");
  }

  public static LawyerArrived lawyerArrivedAt(String at) {
    return new LawyerArrived(at(at), "G. Tasheva");
  }

  public static LawyerWaived lawyerWaivedAt(String at, boolean inWriting, boolean inPresence) {
    return new LawyerWaived(at(at), inPresence, inWriting);
  }

  public static RelativeNotified relativeNotifiedAt(String at) {
    return new RelativeNotified(at(at), "mother", "telephone", null);
  }

  public static ConsulNotified consulNotifiedAt(String at) {
    return new ConsulNotified(at(at), "Consulate of Uzbekistan", "note verbale", null);
  }

  /** The foreign national asked for their consulate to be told, and does not seek asylum. */
  public static ConsularNotificationChosen consulRequestedAt(String at) {
    return new ConsularNotificationChosen(at(at), ConsularChoice.REQUESTED, false);
  }

  /** The foreign national did not want their consulate told. */
  public static ConsularNotificationChosen consulDeclinedAt(String at) {
    return new ConsularNotificationChosen(at(at), ConsularChoice.DECLINED, false);
  }

  /** The foreign national seeks asylum, and did not want their consulate told. */
  public static ConsularNotificationChosen asylumSoughtAt(String at) {
    return new ConsularNotificationChosen(at(at), ConsularChoice.DECLINED, true);
  }

  /** The foreign national seeks asylum, yet asked for their consulate to be told. */
  public static ConsularNotificationChosen asylumSoughtAndConsulRequestedAt(String at) {
    return new ConsularNotificationChosen(at(at), ConsularChoice.REQUESTED, true);
  }

  public static ProsecutorNotified prosecutorNotifiedAt(String at) {
    return new ProsecutorNotified(at(at), "Astana prosecutor", "in writing", null);
  }

  public static ProsecutorNotified prosecutorToldOfIllTreatmentAt(String at) {
    return new ProsecutorNotified(
        at(at), "Astana prosecutor", "in writing", NotificationSubject.ILL_TREATMENT);
  }

  /** A report of ill-treatment entered in the ERDR under a number. */
  public static ReportRegistered registeredInErdrAt(String at) {
    return new ReportRegistered(
        at(at), RegistrationOutcome.REGISTERED, "261500031000123", null, "Astana prosecutor");
  }

  /** Registration of a report of ill-treatment refused, with a reason. */
  public static ReportRegistered registrationRefusedAt(String at, String reason) {
    return new ReportRegistered(
        at(at), RegistrationOutcome.REFUSED, null, reason, "Astana prosecutor");
  }

  public static DelayAuthorised delayAuthorisedAt(
      String at, DelayedRight right, String rank, String by) {
    return new DelayAuthorised(at(at), right, by, rank, "risk of alerting accomplices");
  }

  // Doctors and ill-treatment

  public static MedicalExaminationCompleted examinedAt(String at) {
    return new MedicalExaminationCompleted(at(at), "Dr Seitkali", false, null);
  }

  public static MedicalExaminationCompleted examinedWithInjuriesAt(String at) {
    return new MedicalExaminationCompleted(at(at), "Dr Seitkali", true, "bruising");
  }

  public static InjuryRecorded injuryRecordedAt(String at) {
    return new InjuryRecorded(at(at), "bruise on the left arm", "Sgt. Omarov");
  }

  public static AllegationMade allegationAt(String at) {
    return new AllegationMade(at(at), "arresting officers", "beaten in the car");
  }

  // Questioning

  /** A questioning as the law wants it: lawyer, representative, interpreter, video. */
  public static InterrogationStarted questioningStartedAt(String at) {
    return new InterrogationStarted(at(at), "Inv. Karimov", true, true, true, "vid-1", null);
  }

  public static InterrogationStarted questioningWithoutLawyerAt(String at) {
    return new InterrogationStarted(at(at), "Inv. Karimov", false, true, true, "vid-1", null);
  }

  public static InterrogationStarted questioningWithoutVideoAt(String at) {
    return new InterrogationStarted(at(at), "Inv. Karimov", true, true, true, null, null);
  }

  public static InterrogationStarted questioningWithoutRepresentativeAt(String at) {
    return new InterrogationStarted(at(at), "Inv. Karimov", true, false, true, "vid-1", null);
  }

  public static InterrogationStarted urgentQuestioningAt(String at) {
    return new InterrogationStarted(
        at(at), "Inv. Karimov", true, true, true, "vid-1", "hostage still missing");
  }

  public static InterrogationEnded questioningEndedAt(String at) {
    return new InterrogationEnded(at(at));
  }

  // Courts and the end of custody

  /** Charged, bail refused: held for the first court sitting (PACE s.46). */
  public static Charged chargedAt(String at) {
    return new Charged(at(at), "burglary", "PS 1234 Evans, sergeant", Bail.REFUSED, null);
  }

  /** Charged and bailed to appear at court later. */
  public static Charged chargedOnBailAt(String at) {
    return new Charged(at(at), "theft", "PS 1234 Evans, sergeant", Bail.GRANTED, null);
  }

  public static BroughtBeforeCourt broughtBeforeCourtAt(String at) {
    return new BroughtBeforeCourt(at(at), "Westminster Magistrates’ Court");
  }

  public static RemandOrdered remandOrderedAt(String at) {
    return new RemandOrdered(at(at), "Astana investigating court");
  }

  public static ReleaseOrdered releaseOrderedAt(String at) {
    return new ReleaseOrdered(at(at), "Astana investigating court");
  }

  public static Released releasedAt(String at) {
    return new Released(at(at), "no grounds to hold");
  }

  public static Corrected correctionAt(String at, int seq, CustodyEvent replacement) {
    return new Corrected(at(at), seq, "typed wrong", replacement);
  }

  /** An event typed in later than it happened. */
  public record LateEntry(CustodyEvent event, Instant recordedAt) {}

  public static LateEntry recordedLate(CustodyEvent event, String recordedAt) {
    return new LateEntry(event, at(recordedAt));
  }

  /**
   * Events stored in the order given, numbered from 1, each recorded when it happened unless
   * wrapped in {@link #recordedLate}.
   */
  public static List<StoredEvent> given(Object... events) {
    List<StoredEvent> stored = new ArrayList<>();
    for (Object o : events) {
      int seq = stored.size() + 1;
      StoredEvent s =
          switch (o) {
            case CustodyEvent e -> new StoredEvent(seq, e, e.occurredAt(), "officer", null);
            case LateEntry l -> new StoredEvent(seq, l.event(), l.recordedAt(), "officer", null);
            default -> throw new IllegalArgumentException(o.toString());
          };
      stored.add(s);
    }
    return stored;
  }

  public static Evaluation judge(Profile profile, List<StoredEvent> events, String at) {
    return SafeguardEngine.evaluate(events, profile, ZONES, at(at));
  }

  /** The one obligation of the rule. */
  public static Obligation only(Evaluation e, String ruleId) {
    List<Obligation> of = e.of(ruleId);
    assertThat(of).as("obligations of %s", ruleId).hasSize(1);
    return of.getFirst();
  }

  /** The statuses of the rule's obligations, in order. */
  public static List<ObligationStatus> statuses(Evaluation e, String ruleId) {
    return e.of(ruleId).stream().map(Obligation::status).toList();
  }
}
