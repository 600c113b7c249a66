package org.habeas.demo;

import static org.habeas.demo.DemoDirectory.known;
import static org.habeas.demo.DemoPeople.pick;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.Bail;
import org.habeas.custody.BroughtBeforeCourt;
import org.habeas.custody.CellVisited;
import org.habeas.custody.Charged;
import org.habeas.custody.ConsulNotified;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
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
import org.habeas.custody.LawyerNotified;
import org.habeas.custody.LawyerRequested;
import org.habeas.custody.LawyerWaived;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.Person;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RelativeNotified;
import org.habeas.custody.ReleaseOrdered;
import org.habeas.custody.Released;
import org.habeas.custody.RemandOrdered;
import org.habeas.custody.RightsExplained;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;
import org.habeas.demo.DemoPeople.Nationality;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;

/**
 * Generates the demo's custody records: a pure function of the start instant and the count, so the
 * same start gives the same records.
 *
 * <p>The records are made to look like a real month: most go by the book, and some carry the
 * breaches Habeas exists to show (a lawyer arriving hours after questioning, no medical
 * examination, questioning at night, detention beyond 48 hours, a paper register typed up later).
 * Every sequence fits the timeline rules, so each record loads whole.
 */
final class DemoRecords {

  /** The seed of every demo: the same records on every machine. */
  static final long SEED = 20261129L;

  /** One event to store: what, when the server stores it, and which demo user records it. */
  record PlannedEvent(CustodyEvent event, Instant recordedAt, String recordedBy) {}

  /** One custody record, its events in the order they are stored; the first opens it. */
  record PlannedRecord(List<PlannedEvent> events) {

    Apprehended apprehended() {
      return (Apprehended) events.getFirst().event();
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  private static final Map<String, Double> REGION_SHARE =
      Map.of("ast", 0.40, "alm", 0.27, "kar", 0.20, "akt", 0.13);
  private static final List<String> REGION_ORDER = List.of("ast", "alm", "kar", "akt");

  /** KATO-style region part of an ERDR registration number. */
  private static final Map<String, String> ERDR_REGION =
      Map.of("ast", "7111", "alm", "7511", "kar", "3511", "akt", "1511");

  private static final Map<String, String> CITY =
      Map.of("ast", "Astana", "alm", "Almaty", "kar", "Karaganda", "akt", "Aktobe");
  private static final Map<String, String> BAR =
      Map.of(
          "ast", "Astana City Bar Association",
          "alm", "Almaty City Bar Association",
          "kar", "Karaganda Regional Bar Association",
          "akt", "Aktobe Regional Bar Association");
  static final Map<String, List<String>> INVESTIGATORS =
      Map.of(
          "ast", List.of("Kairat Sadykov", "Aidos Mukanov"),
          "alm", List.of("Zhandos Yermekov", "Maksim Lee", "Arman Tulepbergenov"),
          "kar", List.of("Sergey Volkov", "Aset Nurpeisov"),
          "akt", List.of("Ruslan Utegenov", "Bauyrzhan Seitov"));
  private static final Map<String, List<String>> LAWYERS =
      Map.of(
          "ast", List.of("Aidar Zhakupov", "Irina Belova", "Nurlan Sadvakasov"),
          "alm", List.of("Marat Kaliyev", "Svetlana Kim", "Yerzhan Tulegenov"),
          "kar", List.of("Alexander Petrenko", "Dana Abdrakhmanova"),
          "akt", List.of("Samat Kuanyshev", "Gaukhar Zhylkybayeva"));
  static final Map<String, String> TDF_DOCTOR =
      Map.of(
          "alm", "Bakhyt Ospanova",
          "kar", "Pavel Grishin",
          "akt", "Saltanat Zhumagaliyeva");
  private static final Map<String, String> PROSECUTOR_OFFICE =
      Map.ofEntries(
          Map.entry("kz-ast-pd1", "Prosecutor's Office of Yesil District, Astana"),
          Map.entry("kz-ast-pd2", "Prosecutor's Office of Saryarka District, Astana"),
          Map.entry("kz-ast-tdf1", "Astana City Prosecutor's Office"),
          Map.entry("kz-alm-pd1", "Prosecutor's Office of Almaly District, Almaty"),
          Map.entry("kz-alm-pd2", "Prosecutor's Office of Auezov District, Almaty"),
          Map.entry("kz-alm-tdf1", "Almaty City Prosecutor's Office"),
          Map.entry("kz-kar-pd1", "Prosecutor's Office of Kazybek Bi District, Karaganda"),
          Map.entry("kz-kar-pd2", "Temirtau City Prosecutor's Office"),
          Map.entry("kz-kar-tdf1", "Karaganda Region Prosecutor's Office"),
          Map.entry("kz-akt-pd1", "Aktobe City Prosecutor's Office"),
          Map.entry("kz-akt-tdf1", "Aktobe Region Prosecutor's Office"));
  private static final Map<String, String> COURT =
      Map.ofEntries(
          Map.entry("kz-ast-pd1", "Investigative Court of Yesil District, Astana"),
          Map.entry("kz-ast-pd2", "Investigative Court of Saryarka District, Astana"),
          Map.entry("kz-ast-tdf1", "Investigative Court of Almaty District, Astana"),
          Map.entry("kz-alm-pd1", "Investigative Court of Almaly District, Almaty"),
          Map.entry("kz-alm-pd2", "Investigative Court of Auezov District, Almaty"),
          Map.entry("kz-alm-tdf1", "Investigative Court of Bostandyk District, Almaty"),
          Map.entry("kz-kar-pd1", "Investigative Court of Karaganda"),
          Map.entry("kz-kar-pd2", "Investigative Court of Temirtau"),
          Map.entry("kz-kar-tdf1", "Investigative Court of Karaganda"),
          Map.entry("kz-akt-pd1", "Investigative Court of Aktobe"),
          Map.entry("kz-akt-tdf1", "Investigative Court of Aktobe"));

  private static final List<String> KZ_GROUNDS =
      List.of(
          "Caught in the act of committing the offence (CPC art. 128(1)(1))",
          "Caught in the act of committing the offence (CPC art. 128(1)(1))",
          "Caught immediately after committing the offence (CPC art. 128(1)(1))",
          "Eyewitness identification: the victim directly pointed to the person as the offender"
              + " (CPC art. 128(1)(2))",
          "Eyewitness identification: eyewitnesses directly pointed to the person as the offender"
              + " (CPC art. 128(1)(2))",
          "Clear traces of the offence found on the person and their clothing"
              + " (CPC art. 128(1)(3))",
          "Stolen property found in the person's home (CPC art. 128(1)(3))",
          "Identified from video surveillance footage; tried to flee (CPC art. 128(2))",
          "No permanent residence and identity not established (CPC art. 128(2))");
  private static final List<String> KZ_OFFENCES =
      List.of(
          "Theft (CC art. 188)",
          "Theft (CC art. 188)",
          "Theft (CC art. 188)",
          "Theft (CC art. 188)",
          "Fraud (CC art. 190)",
          "Fraud (CC art. 190)",
          "Fraud (CC art. 190)",
          "Robbery (CC art. 191)",
          "Robbery (CC art. 191)",
          "Armed robbery (CC art. 192)",
          "Extortion (CC art. 194)",
          "Hooliganism (CC art. 293)",
          "Hooliganism (CC art. 293)",
          "Intentional infliction of moderate harm to health (CC art. 107)",
          "Intentional infliction of moderate harm to health (CC art. 107)",
          "Intentional infliction of grave harm to health (CC art. 106)",
          "Illegal possession of narcotic drugs without intent to sell (CC art. 296)",
          "Illegal possession of narcotic drugs without intent to sell (CC art. 296)",
          "Illegal sale of narcotic drugs (CC art. 297)",
          "Murder (CC art. 99)",
          "Bribe-taking (CC art. 366)",
          "Bribe-giving (CC art. 367)");
  private static final List<String> JUVENILE_OFFENCES =
      List.of(
          "Theft (CC art. 188)",
          "Theft (CC art. 188)",
          "Robbery (CC art. 191)",
          "Hooliganism (CC art. 293)",
          "Intentional infliction of moderate harm to health (CC art. 107)");
  private static final List<String> RELATIVES =
      List.of("Wife", "Mother", "Father", "Brother", "Sister", "Husband", "Son", "Cousin");
  private static final List<String> PHONE_MEANS =
      List.of("telephone", "telephone", "telephone", "SMS", "in person at the facility");
  private static final List<String> URGENCY =
      List.of(
          "Risk that accomplices still at large destroy evidence",
          "Urgent search for the stolen property before it is sold on",
          "Victim in hospital; urgent need to establish the circumstances",
          "Risk that the weapon is disposed of");
  private static final List<String> EARLY_RELEASE =
      List.of(
          "Released by the investigator: suspicion not confirmed",
          "Released by the investigator: detention no longer necessary; undertaking not to leave"
              + " imposed",
          "Released by the investigator: detention no longer necessary; undertaking not to leave"
              + " imposed",
          "Released on the prosecutor's order: grounds for detention not confirmed");
  private static final List<String> COURT_RELEASE =
      List.of(
          "Released on the court's order: remand refused; house arrest imposed",
          "Released on the court's order: remand refused; bail set",
          "Released on the court's order: remand refused; undertaking not to leave imposed");
  private static final List<String> INJURIES =
      List.of(
          "Bruise 4 x 3 cm on the left cheekbone; abrasions on both wrists",
          "Haematoma around the right eye; swelling of the lower lip",
          "Several bruises 2 to 6 cm on the back and the left side of the ribcage",
          "Abrasions on both knees and the forehead; complains of pain in the ribs",
          "Linear bruises on both wrists consistent with tight handcuffing");
  private static final List<String> ALLEGATIONS =
      List.of(
          "States he was punched in the face and kicked while handcuffed in the police car",
          "States officers hit him with a plastic bottle filled with water to make him confess",
          "States he was made to stand against a wall for hours and threatened with beating",
          "States officers put a plastic bag over his head during questioning without a lawyer");
  private static final List<String> NO_INJURY_FINDINGS =
      List.of(
          "No visible injuries; no complaints; fit for detention",
          "No visible injuries; no complaints; fit for detention",
          "No injuries; hypertension, medication provided; fit for detention",
          "No injuries; signs of alcohol intoxication; fit for detention under observation");

  // England and Wales: one Metropolitan Police custody suite.
  private static final List<String> EW_SERGEANTS =
      List.of("PS 2291 James O'Neill", "PS 3310 Aisha Rahman");
  private static final List<String> EW_INSPECTORS =
      List.of("Insp Sarah Mitchell", "Insp David Okoro", "Insp Rachel Green");
  private static final String EW_SUPERINTENDENT = "Supt Andrew Hall";
  private static final List<String> EW_DETENTION_OFFICERS =
      List.of("DDO Mark Evans", "DDO Priya Nair", "DDO Tom Baker", "PC Ben Foster");
  private static final List<String> EW_INTERVIEWERS =
      List.of("DC Tom Hughes", "DC Fiona Grant", "PC Marcus Reid", "DS Hannah Lee");
  private static final List<String> EW_SOLICITORS =
      List.of(
          "Priya Shah, Shah & Co Solicitors",
          "Michael Adeyemi, duty solicitor",
          "Rebecca Lowe, Lowe Defence LLP",
          "Daniel Fischer, duty solicitor");
  private static final List<String> EW_HCPS =
      List.of("HCP Joanna Wood (nurse)", "HCP Kevin Shaw (paramedic)");

  /** Offence, whether indictable (PACE), grounds of arrest. */
  private record EwOffence(String offence, boolean indictable) {}

  private static final List<EwOffence> EW_OFFENCES =
      List.of(
          new EwOffence("Theft (Theft Act 1968 s.1)", true),
          new EwOffence("Theft (Theft Act 1968 s.1)", true),
          new EwOffence("Burglary (Theft Act 1968 s.9)", true),
          new EwOffence("Robbery (Theft Act 1968 s.8)", true),
          new EwOffence("Common assault (Criminal Justice Act 1988 s.39)", false),
          new EwOffence("Assault occasioning actual bodily harm (OAPA 1861 s.47)", true),
          new EwOffence(
              "Possession of a controlled drug with intent to supply (Misuse of Drugs Act 1971"
                  + " s.5(3))",
              true),
          new EwOffence("Criminal damage (Criminal Damage Act 1971 s.1)", true),
          new EwOffence("Drunk and disorderly (Criminal Justice Act 1967 s.91)", false),
          new EwOffence(
              "Possession of an offensive weapon (Prevention of Crime Act 1953 s.1)", true));
  private static final List<String> EW_GROUNDS =
      List.of(
          "Arrested under PACE s.24: necessary to allow the prompt and effective investigation of"
              + " the offence (s.24(5)(e))",
          "Arrested under PACE s.24: necessary to allow the prompt and effective investigation of"
              + " the offence (s.24(5)(e))",
          "Arrested under PACE s.24: necessary to prevent physical injury to another person"
              + " (s.24(5)(c)(i))",
          "Arrested under PACE s.24: name could not be readily ascertained (s.24(5)(a))",
          "Arrested under PACE s.24: necessary to prevent the person disappearing (s.24(5)(f))");
  private static final List<String> EW_RELEASE =
      List.of(
          "Charged; bailed to appear at Westminster Magistrates' Court",
          "Charged; bailed to appear at Westminster Magistrates' Court",
          "Released under investigation",
          "Released under investigation",
          "No further action",
          "Released on pre-charge bail (PACE s.47(1A))",
          "Conditional caution issued; released");
  private static final String EW_REVIEW_OUTCOME =
      "Continued detention authorised: necessary to secure and preserve evidence and to obtain"
          + " evidence by questioning (PACE s.37(2))";

  private final Random seeds;
  private final Instant base;

  /** The draws of the record being drafted: each record has its own, so they do not shift. */
  private Random r;

  private int erdrSerial = 100;
  private int videoSerial = 10;

  /** The zone of the record being drafted: "night" and "working hours" are counted in it. */
  private ZoneId zone = DemoDirectory.KZ;

  private DemoRecords(Random seeds, Instant base) {
    this.seeds = seeds;
    this.r = seeds;
    this.base = base;
  }

  /**
   * The demo's records, in the order they happened: {@code count} of them over the 30 days before
   * {@code now}, none with an event after {@code now} truncated to the hour.
   */
  static List<PlannedRecord> generate(Instant now, int count) {
    var generator = new DemoRecords(new Random(SEED), now.truncatedTo(ChronoUnit.HOURS));
    var records = new ArrayList<PlannedRecord>();
    for (int i = 0; i < count; i++) {
      records.add(generator.record(i));
    }
    records.sort(Comparator.comparing(p -> p.apprehended().occurredAt()));
    // Issue 16: one more England and Wales record, last so that the others stay as they were.
    records.add(generator.chargedOverTheWeekend().plan(generator.base));
    return List.copyOf(records);
  }

  /**
   * England and Wales, issue 16: arrested on a Friday evening, charged on Saturday within the 24
   * hours of PACE s.41 and refused bail, held over the weekend with the custody officer's reviews
   * (s.40(1)(a)) and brought before the magistrates on Monday morning, the first sitting after
   * charge (s.46). The Friday is the last one at least a week before now, so the record is whole.
   */
  private Draft chargedOverTheWeekend() {
    r = new Random(SEED + 16);
    Facility suite = DemoDirectory.facility(DemoDirectory.EW_SUITE);
    zone = suite.zone();
    var friday =
        base.atZone(zone)
            .toLocalDate()
            .minusDays(7)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    Instant t0 = friday.atTime(19, 10).atZone(zone).toInstant();
    var d = new Draft(zone);
    var offence = "Burglary (Theft Act 1968 s.9)";
    d.add(
        new Apprehended(
            t0,
            suite.id(),
            new Person("Connor Walsh", LocalDate.of(1994, 5, 17), null, "GB", null),
            EW_GROUNDS.getFirst(),
            offence,
            true,
            Jurisdiction.EW));
    Instant arrival = t0.plus(Duration.ofMinutes(25));
    d.add(new ArrivedAtFacility(arrival, suite.id()));
    String sergeant = EW_SERGEANTS.getFirst();
    Instant authorised = arrival.plus(Duration.ofMinutes(15));
    d.add(new DetentionAuthorised(authorised, sergeant));
    d.add(new RightsExplained(authorised.plus(Duration.ofMinutes(5)), "en", true, true));
    Instant requested = authorised.plus(Duration.ofMinutes(8));
    d.add(new LawyerRequested(requested, "Duty solicitor via the Defence Solicitor Call Centre"));
    String solicitor = EW_SOLICITORS.get(1);
    d.add(new LawyerNotified(requested.plus(Duration.ofMinutes(20)), solicitor));
    d.add(
        new RelativeNotified(authorised.plus(Duration.ofMinutes(40)), "Sister", "telephone", null));
    d.add(new LawyerArrived(requested.plus(Duration.ofMinutes(150)), solicitor));
    // The inspector's review within 6 h of authorisation, and an interview on Saturday morning.
    d.add(
        new DetentionReviewed(
            authorised.plus(Duration.ofMinutes(5 * 60 + 20)),
            EW_INSPECTORS.getFirst(),
            "Inspector",
            EW_REVIEW_OUTCOME));
    d.add(
        new DetentionReviewed(
            friday.plusDays(1).atTime(9, 0).atZone(zone).toInstant(),
            EW_INSPECTORS.get(1),
            "Inspector",
            EW_REVIEW_OUTCOME));
    Instant interview = friday.plusDays(1).atTime(9, 30).atZone(zone).toInstant();
    d.add(
        new InterrogationStarted(
            interview, EW_INTERVIEWERS.getFirst(), true, null, null, "DIR-CX-CHARGE-0001", null));
    Instant interviewEnded = interview.plus(Duration.ofMinutes(65));
    d.add(new InterrogationEnded(interviewEnded));
    Instant charged = friday.plusDays(1).atTime(14, 20).atZone(zone).toInstant();
    d.add(
        new Charged(
            charged,
            offence,
            sergeant + ", custody sergeant",
            Bail.REFUSED,
            "Bail refused: substantial grounds to believe he would fail to surrender (Bail Act"
                + " 1976 Sch.1)"));
    Instant court = friday.plusDays(3).atTime(10, 0).atZone(zone).toInstant();
    // The custody officer's reviews after charge, every 8 h until court.
    for (Instant t = charged.plus(Duration.ofHours(8));
        t.isBefore(court);
        t = t.plus(Duration.ofHours(8))) {
      d.add(new DetentionReviewed(t, EW_SERGEANTS.get(1), "Sergeant", EW_REVIEW_OUTCOME));
    }
    // Cell visits at least hourly until the person leaves.
    Instant leaves = court.plus(Duration.ofMinutes(40));
    for (Instant t = arrival.plus(Duration.ofMinutes(50));
        t.isBefore(leaves);
        t = t.plus(Duration.ofMinutes(50))) {
      if (t.isAfter(interview.minus(Duration.ofMinutes(10))) && t.isBefore(interviewEnded)) {
        continue;
      }
      d.add(new CellVisited(t, pick(r, EW_DETENTION_OFFICERS), false));
    }
    d.add(new BroughtBeforeCourt(court, "Westminster Magistrates’ Court"));
    d.add(
        new Released(
            leaves,
            "Remanded in custody by Westminster Magistrates’ Court; handed to the court’s"
                + " custody"));
    return d;
  }

  private PlannedRecord record(int i) {
    r = new Random(seeds.nextLong());
    boolean open = i % 4 == 1;
    boolean juvenile = i % 12 == 5;
    boolean foreign = i % 10 == 7;
    boolean correction = i % 25 == 11;
    var draft =
        i % 7 == 3
            ? england(open, juvenile, foreign, correction)
            : kazakhstan(open, juvenile, foreign, correction);
    return draft.plan(base);
  }

  // ---------------------------------------------------------------------------------------------
  // Kazakhstan

  private enum LawyerMode {
    TIMELY,
    LATE,
    WAIVED,
    NONE
  }

  private Draft kazakhstan(boolean open, boolean juvenile, boolean foreign, boolean correction) {
    String region = region();
    Facility tdf = DemoDirectory.of(region, DemoDirectory.KIND_TDF).getFirst();
    Facility sizo = DemoDirectory.of(region, DemoDirectory.KIND_SIZO).getFirst();
    List<Facility> pds = DemoDirectory.of(region, DemoDirectory.KIND_PD);
    boolean direct = r.nextDouble() < 0.35;
    Facility first = direct ? tdf : pick(r, pds);
    ZoneId zone = first.zone();
    this.zone = zone;
    boolean earlyRelease = !open && r.nextDouble() < 0.2;

    Instant t0;
    if (open) {
      t0 = r.nextDouble() < 0.88 ? ago(20, 44 * 60) : ago(48 * 60, 70 * 60);
    } else {
      t0 = earlyRelease ? ago(24 * 60, 30 * 24 * 60) : ago(4 * 24 * 60, 30 * 24 * 60);
    }

    // The person.
    boolean male = foreign || r.nextDouble() < 0.87;
    Nationality nationality = foreign ? pick(r, DemoPeople.NEIGHBOURS) : null;
    int age = juvenile ? 14 + r.nextInt(4) : 18 + r.nextInt(r.nextDouble() < 0.7 ? 22 : 45);
    LocalDate day = LocalDate.ofInstant(t0, zone);
    LocalDate birth = day.minusYears(age).minusDays(1 + r.nextInt(360));
    String name =
        nationality == null
            ? DemoPeople.kazakhCitizen(r, male)
            : nationality.fullName(
                pick(r, nationality.givenNames()), pick(r, nationality.surnames()));
    var person =
        new Person(
            name,
            birth,
            nationality == null ? DemoPeople.iin(r, birth, male) : null,
            nationality == null ? "KZ" : nationality.citizenship(),
            nationality == null ? null : nationality.language());
    boolean needsInterpreter = person.language() != null;

    var d = new Draft(zone);
    String offence = pick(r, juvenile ? JUVENILE_OFFENCES : KZ_OFFENCES);
    d.add(
        new Apprehended(
            t0, first.id(), person, pick(r, KZ_GROUNDS), offence, null, Jurisdiction.KZ));

    // Unrecorded hours: the apprehension typed in only on arrival, hours later.
    boolean gap = r.nextDouble() < 0.07;
    Instant arrival = gap ? plus(t0, 180, 360) : plus(t0, 15, 80);
    if (gap) {
      d.items.getFirst().recordedAt = plus(arrival, 5, 15);
    }
    d.add(new ArrivedAtFacility(arrival, first.id()));

    Instant rightsAt = r.nextDouble() < 0.08 ? plus(arrival, 190, 420) : plus(arrival, 5, 40);
    String spoken = person.language();
    String rightsLanguage =
        spoken != null && r.nextDouble() < 0.7 ? spoken : r.nextDouble() < 0.6 ? "ru" : "kk";
    d.add(
        new RightsExplained(rightsAt, rightsLanguage, r.nextDouble() < 0.93, r.nextDouble() < 0.9));

    Instant protocolAt = r.nextDouble() < 0.1 ? plus(arrival, 200, 540) : plus(arrival, 35, 150);
    String protocolNumber = erdr(region, t0);
    if (correction) {
      var wrong = misspelt(protocolNumber);
      var original = d.add(new DetentionProtocolDrawnUp(protocolAt, wrong));
      d.correct(
          original,
          plus(protocolAt, 25, 240),
          "Protocol number misspelt: digits transposed when typed in",
          new DetentionProtocolDrawnUp(protocolAt, protocolNumber));
    } else {
      d.add(new DetentionProtocolDrawnUp(protocolAt, protocolNumber));
    }

    double p = r.nextDouble();
    if (p >= 0.05) {
      Instant at = p < 0.13 ? plus(t0, 13 * 60, 30 * 60) : plus(t0, 60, 360);
      String party =
          juvenile
              ? (r.nextBoolean() ? "Mother" : "Father") + " (legal representative)"
              : pick(r, RELATIVES);
      d.add(new RelativeNotified(at, party, pick(r, PHONE_MEANS), NotificationSubject.DETENTION));
    }
    p = r.nextDouble();
    if (p >= 0.04) {
      Instant at = p < 0.11 ? plus(protocolAt, 13 * 60, 26 * 60) : plus(protocolAt, 30, 480);
      d.add(
          new ProsecutorNotified(
              at,
              known(PROSECUTOR_OFFICE, first.id()),
              r.nextDouble() < 0.6 ? "in writing" : "electronic notice via the ERDR",
              NotificationSubject.DETENTION));
    }
    if (nationality != null) {
      p = r.nextDouble();
      if (p >= 0.15) {
        Instant at = p < 0.35 ? plus(t0, 25 * 60, 40 * 60) : plus(t0, 120, 20 * 60);
        String consulate =
            region.equals("alm") ? nationality.almatyConsulate() : nationality.embassy();
        d.add(
            new ConsulNotified(
                at,
                consulate,
                r.nextBoolean()
                    ? "note verbale via the Ministry of Foreign Affairs"
                    : "telephone and e-mail to the consular section",
                NotificationSubject.DETENTION));
      }
    }
    // An interpreter: in time, only after the first questioning, or never.
    Instant interpreterAt = null;
    boolean interpreterLate = false;
    if (needsInterpreter) {
      p = r.nextDouble();
      if (p >= 0.1) {
        interpreterLate = p < 0.3;
        if (!interpreterLate) {
          interpreterAt = plus(arrival, 20, 110);
        }
      }
    }
    if (interpreterAt != null) {
      d.add(new InterpreterAssigned(interpreterAt, String.valueOf(person.language())));
    }

    // The lawyer.
    String lawyer =
        region.equals("ast") && r.nextDouble() < 0.45
            ? DemoDirectory.LAWYER.displayName()
            : pick(r, known(LAWYERS, region));
    p = r.nextDouble();
    LawyerMode mode;
    if (p < 0.12) {
      mode = LawyerMode.LATE;
    } else if (p < 0.22 && !juvenile && !needsInterpreter) {
      mode = LawyerMode.WAIVED;
    } else if (p < 0.30) {
      mode = LawyerMode.NONE;
    } else {
      mode = LawyerMode.TIMELY;
    }
    Instant lawyerArrived = null;
    String requestedFrom =
        r.nextBoolean() ? "State-guaranteed legal aid via the " + BAR.get(region) : lawyer;
    switch (mode) {
      case TIMELY -> {
        Instant requested = plus(rightsAt, 1, 10);
        Instant notified = plus(requested, 5, 25);
        lawyerArrived = workSlot(plus(notified, 40, 180), 8, 21);
        d.add(new LawyerRequested(requested, requestedFrom));
        d.add(new LawyerNotified(notified, lawyer));
        d.add(new LawyerArrived(lawyerArrived, lawyer));
      }
      case LATE -> {
        Instant requested = plus(rightsAt, 1, 10);
        d.add(new LawyerRequested(requested, requestedFrom));
        d.add(new LawyerNotified(plus(requested, 180, 720), lawyer));
        lawyerArrived = plus(t0, 10 * 60, 30 * 60);
        d.add(new LawyerArrived(lawyerArrived, lawyer));
      }
      case WAIVED -> {
        if (r.nextDouble() < 0.6) {
          Instant notified = plus(rightsAt, 5, 20);
          Instant arrived = plus(notified, 40, 120);
          d.add(new LawyerNotified(notified, lawyer));
          d.add(new LawyerArrived(arrived, lawyer));
          d.add(new LawyerWaived(plus(arrived, 10, 30), true, true));
        } else {
          d.add(new LawyerWaived(plus(rightsAt, 3, 15), false, r.nextDouble() < 0.5));
        }
      }
      case NONE -> {
        // Nobody asked for one; a lawyer appears only for the court hearing.
      }
    }
    boolean waived = mode == LawyerMode.WAIVED;

    // Questioning.
    String interrogator =
        region.equals("ast") && r.nextDouble() < 0.65
            ? DemoDirectory.INVESTIGATOR.displayName()
            : pick(r, known(INVESTIGATORS, region));
    boolean night = r.nextDouble() < 0.1;
    Instant lower = plus(arrival, 40, 120);
    if (mode == LawyerMode.TIMELY && lawyerArrived != null) {
      lower = max(lower, plus(lawyerArrived, 5, 25));
    }
    if (interpreterAt != null) {
      lower = max(lower, plus(interpreterAt, 10, 30));
    }
    Instant q1 = night ? nightSlot(lower) : workSlot(lower, 9, 18);
    Instant q1End =
        question(
            d,
            q1,
            juvenile,
            interrogator,
            night,
            lawyerArrived,
            waived,
            needsInterpreter,
            interpreterAt,
            first.id());
    if (interpreterLate) {
      interpreterAt = plus(q1End, 30, 240);
      d.add(new InterpreterAssigned(interpreterAt, String.valueOf(person.language())));
    }
    Instant lastQuestioning = q1End;

    // To the temporary detention facility, unless released from the police department.
    Instant admission = direct ? arrival : null;
    boolean releasedFromPd = !direct && earlyRelease && r.nextBoolean();
    if (!direct && !releasedFromPd) {
      Instant transfer = plus(max(protocolAt, min(q1End, plus(arrival, 6 * 60, 6 * 60))), 20, 90);
      if (transfer.isAfter(q1.minus(Duration.ofHours(1))) && !transfer.isAfter(q1End)) {
        transfer = plus(q1End, 15, 45);
      }
      admission = plus(transfer, 15, 45);
      d.add(new Transferred(transfer, tdf.id()));
      d.add(new ArrivedAtFacility(admission, tdf.id()));
    }

    // Medical examination on admission, an injury and an allegation of ill-treatment.
    if (admission != null) {
      String doctor =
          tdf.id().equals(DemoDirectory.AST_TDF)
              ? DemoDirectory.DOCTOR.displayName()
              : known(TDF_DOCTOR, region);
      boolean injured = r.nextDouble() < 0.07;
      p = r.nextDouble();
      Instant medical =
          p < 0.15 ? null : p < 0.21 ? plus(admission, 26 * 60, 36 * 60) : plus(admission, 20, 150);
      Instant concern = null;
      if (injured) {
        Instant injuryAt = plus(admission, 5, 20);
        String recordedBy =
            tdf.id().equals(DemoDirectory.AST_TDF)
                ? doctor
                : "Duty officer " + DemoDirectory.officerAt(tdf.id()).displayName();
        d.add(new InjuryRecorded(injuryAt, pick(r, INJURIES), recordedBy));
        concern = injuryAt;
        if (medical != null) {
          d.add(
              new MedicalExaminationCompleted(
                  medical,
                  doctor,
                  true,
                  "Injuries as recorded on admission; the person says they were caused during"
                      + " apprehension; photographs taken"));
        }
      } else if (medical != null) {
        d.add(new MedicalExaminationCompleted(medical, doctor, false, pick(r, NO_INJURY_FINDINGS)));
      }
      if (injured ? r.nextDouble() < 0.85 : r.nextDouble() < 0.02) {
        Instant allegation = plus(admission, 30, 180);
        d.add(
            new AllegationMade(
                allegation,
                direct
                    ? "Officers who carried out the apprehension"
                    : "Operational officers of the " + first.name(),
                pick(r, ALLEGATIONS)));
        concern = concern == null ? allegation : concern;
      }
      if (concern != null) {
        p = r.nextDouble();
        if (p >= 0.15) {
          Instant at = p < 0.3 ? plus(concern, 25 * 60, 40 * 60) : plus(concern, 60, 20 * 60);
          d.add(
              new ProsecutorNotified(
                  at,
                  known(PROSECUTOR_OFFICE, first.id()),
                  "in writing",
                  NotificationSubject.ILL_TREATMENT));
        }
      }
    }

    // A second questioning, usually the next day.
    if (r.nextDouble() < 0.55 && !releasedFromPd) {
      Instant q2 = workSlot(plus(q1End, juvenile ? 120 : 180, juvenile ? 8 * 60 : 18 * 60), 9, 18);
      if (admission != null && q2.isBefore(admission) && !q2.isBefore(q1End)) {
        q2 = workSlot(plus(admission, 30, 90), 9, 18);
      }
      lastQuestioning =
          question(
              d,
              q2,
              juvenile,
              interrogator,
              false,
              lawyerArrived,
              waived,
              needsInterpreter,
              interpreterAt,
              admission == null ? first.id() : tdf.id());
    }

    // An exceptional extension beyond 48 hours.
    Instant extendedAt = null;
    if (!juvenile && !earlyRelease && r.nextDouble() < 0.06) {
      extendedAt = plus(t0, 40 * 60, 46 * 60);
      d.add(
          new DetentionExtended(
              extendedAt,
              t0.plus(Duration.ofHours(72)),
              "Investigating judge of the " + known(COURT, tdf.id()),
              "judge",
              "Exceptional case: accomplices being identified; evidence still being secured"));
    }

    if (open) {
      return d;
    }
    if (earlyRelease) {
      Instant at = plus(max(lastQuestioning, protocolAt), 60, 8 * 60);
      boolean minor = offence.contains("188") || offence.contains("293") || offence.contains("107");
      d.add(
          new Released(
              at,
              minor && r.nextDouble() < 0.3
                  ? "Released by the investigator: reconciliation with the victim"
                  : pick(r, EARLY_RELEASE)));
      return d;
    }

    // Before the investigating judge within 48 hours (24 for a juvenile), or not.
    Instant courtLower;
    boolean late = false;
    if (extendedAt != null) {
      courtLower = plus(t0, 52 * 60, 68 * 60);
    } else if (r.nextDouble() < 0.07) {
      late = true;
      courtLower = juvenile ? plus(t0, 25 * 60, 32 * 60) : plus(t0, 49 * 60, 58 * 60);
    } else {
      courtLower = juvenile ? plus(t0, 6 * 60, 16 * 60) : plus(t0, 14 * 60, 30 * 60);
    }
    courtLower = max(courtLower, plus(lastQuestioning, 60, 120));
    if (admission != null) {
      courtLower = max(courtLower, plus(admission, 60, 90));
    }
    if (extendedAt != null) {
      courtLower = max(courtLower, plus(extendedAt, 60, 90));
    }
    Instant brought = workSlot(courtLower, 9, 18);
    // Within the limit the judge sits in the evening rather than let the time run out.
    Duration limit = Duration.ofHours(juvenile ? 22 : 46);
    if (!late && extendedAt == null && brought.isAfter(t0.plus(limit))) {
      brought = max(courtLower, min(brought, t0.plus(limit)));
    }
    String court =
        juvenile
            ? "Specialised Interdistrict Juvenile Court of " + CITY.get(region)
            : known(COURT, first.id());
    if (mode == LawyerMode.NONE) {
      d.add(new LawyerNotified(brought.minus(Duration.ofMinutes(90 + r.nextInt(120))), lawyer));
      d.add(new LawyerArrived(brought.minus(Duration.ofMinutes(10 + r.nextInt(40))), lawyer));
    }
    d.add(new BroughtBeforeCourt(brought, court));
    Instant decision = plus(brought, 30, 120);
    if (r.nextDouble() < (juvenile ? 0.3 : 0.65)) {
      d.add(new RemandOrdered(decision, court));
      d.add(new Transferred(plus(decision, 120, 600), sizo.id()));
    } else {
      d.add(new ReleaseOrdered(decision, court));
      d.add(new Released(plus(decision, 10, 45), pick(r, COURT_RELEASE)));
    }
    return d;
  }

  /** One questioning and its end; returns the end. */
  private Instant question(
      Draft d,
      Instant start,
      boolean juvenile,
      String interrogator,
      boolean night,
      @Nullable Instant lawyerArrived,
      boolean waived,
      boolean needsInterpreter,
      @Nullable Instant interpreterAt,
      String facilityId) {
    int minutes =
        juvenile
            ? (r.nextDouble() < 0.15 ? 130 + r.nextInt(50) : 40 + r.nextInt(70))
            : (r.nextDouble() < 0.07 ? 250 + r.nextInt(80) : 50 + r.nextInt(130));
    Instant end = start.plus(Duration.ofMinutes(minutes));
    boolean lawyerPresent = !waived && lawyerArrived != null && lawyerArrived.isBefore(start);
    String video =
        r.nextDouble() < 0.88
            ? "VID-"
                + facilityId.toUpperCase(Locale.ROOT)
                + "-"
                + DAY.format(start.atZone(d.zone).toLocalDate())
                + "-"
                + String.format("%04d", videoSerial++)
            : null;
    String urgency = night && r.nextDouble() < 0.4 ? pick(r, URGENCY) : null;
    var started =
        d.add(
            new InterrogationStarted(
                start,
                interrogator,
                lawyerPresent,
                juvenile ? r.nextDouble() < 0.85 : null,
                needsInterpreter ? interpreterAt != null && interpreterAt.isBefore(start) : null,
                video,
                urgency));
    started.interrogator = interrogator;
    d.add(new InterrogationEnded(end)).interrogator = interrogator;
    return end;
  }

  private String region() {
    double p = r.nextDouble();
    double sum = 0;
    for (String code : REGION_ORDER) {
      sum += known(REGION_SHARE, code);
      if (p < sum) {
        return code;
      }
    }
    return REGION_ORDER.getLast();
  }

  /** An ERDR registration number: year, region, authority, serial (15 digits). */
  private String erdr(String region, Instant at) {
    int year = LocalDate.ofInstant(at, DemoDirectory.KZ).getYear() % 100;
    return String.format(
        "%02d%s%s%06d", year, ERDR_REGION.get(region), "031", erdrSerial += 1 + r.nextInt(9));
  }

  /** The number with two different adjacent digits of its serial swapped. */
  private static String misspelt(String number) {
    char[] c = number.toCharArray();
    for (int i = c.length - 2; i > 8; i--) {
      if (c[i] != c[i + 1]) {
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
      }
    }
    c[c.length - 1] = c[c.length - 1] == '0' ? '8' : '0';
    return new String(c);
  }

  // ---------------------------------------------------------------------------------------------
  // England and Wales (PACE)

  private Draft england(boolean open, boolean juvenile, boolean foreign, boolean correction) {
    Facility suite = DemoDirectory.facility(DemoDirectory.EW_SUITE);
    ZoneId zone = suite.zone();
    this.zone = zone;
    boolean long36 = r.nextDouble() < (open ? 0.15 : 0.08);
    Instant t0 =
        open ? (long36 ? ago(25 * 60, 30 * 60) : ago(20, 20 * 60)) : ago(2 * 24 * 60, 30 * 24 * 60);
    var offence = pick(r, EW_OFFENCES);
    boolean indictable = offence.indictable();

    boolean male = r.nextDouble() < 0.85;
    Nationality nationality = foreign ? pick(r, DemoPeople.EUROPEANS) : null;
    int age = juvenile ? 14 + r.nextInt(4) : 18 + r.nextInt(r.nextDouble() < 0.7 ? 22 : 40);
    LocalDate birth = LocalDate.ofInstant(t0, zone).minusYears(age).minusDays(1 + r.nextInt(360));
    String name =
        nationality == null
            ? pick(r, male ? DemoPeople.BRITISH_MEN : DemoPeople.BRITISH_WOMEN)
                + " "
                + pick(r, DemoPeople.BRITISH_SURNAMES)
            : nationality.fullName(
                pick(r, nationality.givenNames()), pick(r, nationality.surnames()));
    var person =
        new Person(
            name,
            birth,
            null,
            nationality == null ? "GB" : nationality.citizenship(),
            nationality == null ? null : nationality.language());

    var d = new Draft(zone);
    d.add(
        new Apprehended(
            t0,
            suite.id(),
            person,
            pick(r, EW_GROUNDS),
            offence.offence(),
            indictable,
            Jurisdiction.EW));
    Instant arrival = plus(t0, 15, 50);
    d.add(new ArrivedAtFacility(arrival, suite.id()));
    Instant authorised = plus(arrival, 5, 25);
    String sergeant =
        r.nextDouble() < 0.5
            ? "PS 4127 " + DemoDirectory.OFFICER_EW.displayName()
            : pick(r, EW_SERGEANTS);
    d.add(new DetentionAuthorised(authorised, sergeant));
    Instant rights = plus(authorised, 2, 10);
    String language = person.language() == null ? "en" : person.language();
    d.add(new RightsExplained(rights, language, true, r.nextDouble() < 0.95));
    if (person.language() != null) {
      d.add(new InterpreterAssigned(plus(authorised, 20, 90), language));
    }
    if (nationality != null && r.nextBoolean()) {
      d.add(
          new ConsulNotified(
              plus(authorised, 60, 600),
              nationality.embassy(),
              "e-mail to the consular section",
              NotificationSubject.DETENTION));
    }
    boolean intoxicated = r.nextDouble() < 0.2;
    if (intoxicated || r.nextDouble() < 0.25) {
      d.add(
          new MedicalExaminationCompleted(
              plus(authorised, 30, 180),
              pick(r, EW_HCPS),
              false,
              intoxicated
                  ? "Intoxicated; fit to detain with half-hourly rousing visits"
                  : "Fit to detain and fit for interview"));
    }

    // Legal advice.
    Instant lawyerArrived = null;
    if (juvenile || r.nextDouble() < 0.6) {
      Instant requested = plus(rights, 1, 5);
      d.add(new LawyerRequested(requested, "Duty solicitor via the Defence Solicitor Call Centre"));
      String solicitor = pick(r, EW_SOLICITORS);
      Instant notified = plus(requested, 10, 40);
      d.add(new LawyerNotified(notified, solicitor));
      lawyerArrived = plus(notified, 60, 240);
      if (indictable && r.nextDouble() < 0.08) {
        d.add(
            new DelayAuthorised(
                plus(requested, 10, 30),
                DelayedRight.LAWYER,
                EW_SUPERINTENDENT,
                "Superintendent",
                "Reasonable grounds to believe access would lead to the alerting of other"
                    + " suspects (PACE s.58(8)(b))"));
        lawyerArrived = plus(lawyerArrived, 4 * 60, 8 * 60);
      }
      d.add(new LawyerArrived(lawyerArrived, solicitor));
    } else {
      d.add(new LawyerWaived(plus(rights, 2, 8), false, true));
    }

    // Someone told.
    double p = r.nextDouble();
    if (p < 0.05) {
      Instant delay = plus(authorised, 20, 60);
      d.add(
          new DelayAuthorised(
              delay,
              DelayedRight.NOTIFICATION,
              pick(r, EW_INSPECTORS),
              "Inspector",
              "Reasonable grounds to believe telling anyone would lead to interference with"
                  + " evidence (PACE s.56(5))"));
      d.add(
          new RelativeNotified(
              plus(delay, 8 * 60, 16 * 60), pick(r, RELATIVES), "telephone", null));
    } else if (p < 0.75 || juvenile) {
      String party = juvenile ? "Mother (appropriate adult)" : pick(r, RELATIVES);
      d.add(new RelativeNotified(plus(authorised, 30, 180), party, "telephone", null));
    }

    // Interviews, recorded, in the day time.
    Instant lower = plus(authorised, 90, 240);
    if (lawyerArrived != null) {
      lower = max(lower, plus(lawyerArrived, 20, 60));
    }
    if (intoxicated) {
      lower = max(lower, plus(authorised, 6 * 60, 9 * 60));
    }
    String interviewer = pick(r, EW_INTERVIEWERS);
    var interviews = new ArrayList<Instant[]>();
    Instant start = workSlot(lower, 8, 22);
    int interviewsHeld = r.nextDouble() < 0.25 ? 2 : 1;
    for (int k = 0; k < interviewsHeld; k++) {
      Instant end = plus(start, 30, 110);
      d.add(
          new InterrogationStarted(
              start,
              interviewer,
              lawyerArrived != null && lawyerArrived.isBefore(start),
              juvenile ? r.nextDouble() < 0.9 : null,
              person.language() != null ? Boolean.TRUE : null,
              r.nextDouble() < 0.95
                  ? "DIR-CX-"
                      + DAY.format(start.atZone(zone).toLocalDate())
                      + "-"
                      + String.format("%04d", videoSerial++)
                  : null,
              null));
      d.add(new InterrogationEnded(end));
      interviews.add(new Instant[] {start, end});
      start = workSlot(plus(end, 120, 300), 8, 22);
    }
    Instant lastInterview = interviews.getLast()[1];

    // Release, unless still held; a superintendent's extension for a long detention.
    Instant close = null;
    if (!open) {
      close =
          long36 && indictable
              ? max(plus(arrival, 26 * 60, 34 * 60), plus(lastInterview, 60, 180))
              : plus(lastInterview, 60, 300);
      d.add(new Released(close, pick(r, EW_RELEASE)));
    }
    Instant end = close == null ? base : close;
    if (indictable && Duration.between(arrival, end).toHours() >= 23) {
      Instant x = plus(arrival, 20 * 60, 23 * 60);
      d.add(
          new DetentionExtended(
              x,
              arrival.plus(Duration.ofHours(36)),
              EW_SUPERINTENDENT,
              "Superintendent",
              "Indictable offence; investigation conducted diligently and expeditiously;"
                  + " detention necessary to obtain evidence by questioning (PACE s.42)"));
    }

    // Reviews: the first at 6 hours, then every 9.
    Instant review = r.nextDouble() < 0.1 ? plus(authorised, 400, 480) : plus(authorised, 300, 355);
    boolean first = true;
    while (review.isBefore(end)) {
      String reviewer = pick(r, EW_INSPECTORS);
      if (first && correction) {
        var original =
            d.add(
                new DetentionReviewed(
                    review,
                    reviewer.substring(0, reviewer.length() - 1),
                    "Inspector",
                    EW_REVIEW_OUTCOME));
        d.correct(
            original,
            plus(review, 20, 120),
            "Reviewing inspector's name misspelt",
            new DetentionReviewed(review, reviewer, "Inspector", EW_REVIEW_OUTCOME));
      } else {
        d.add(new DetentionReviewed(review, reviewer, "Inspector", EW_REVIEW_OUTCOME));
      }
      first = false;
      review = plus(review, 480, 535);
    }

    // Cell visits: hourly, half-hourly while intoxicated; not while in interview.
    Instant visit = plus(authorised, 20, 50);
    Instant sober = plus(authorised, 5 * 60, 8 * 60);
    int skipFrom = r.nextDouble() < 0.1 ? 2 + r.nextInt(6) : -1;
    int n = 0;
    while (visit.isBefore(end)) {
      boolean drunk = intoxicated && visit.isBefore(sober);
      final Instant at = visit;
      boolean inInterview =
          interviews.stream().anyMatch(iv -> !at.isBefore(iv[0]) && !at.isAfter(iv[1]));
      if (!inInterview && !(n >= skipFrom && n < skipFrom + 2 && skipFrom >= 0)) {
        d.add(new CellVisited(visit, pick(r, EW_DETENTION_OFFICERS), drunk ? Boolean.TRUE : null));
      }
      n++;
      visit = drunk ? plus(visit, 25, 31) : plus(visit, 50, 61);
    }
    return d;
  }

  // ---------------------------------------------------------------------------------------------
  // Time

  /** A moment between the given numbers of minutes before the base instant. */
  private Instant ago(int minMinutes, int maxMinutes) {
    return base.minus(Duration.ofMinutes(minMinutes + r.nextInt(maxMinutes - minMinutes + 1)));
  }

  private Instant plus(Instant at, int minMinutes, int maxMinutes) {
    return at.plus(Duration.ofMinutes(minMinutes + r.nextInt(maxMinutes - minMinutes + 1)));
  }

  /**
   * The given moment if it falls in working hours of the facility's zone (from {@code fromHour} to
   * {@code toHour}), else the next morning soon after {@code fromHour}.
   */
  private Instant workSlot(Instant lower, int fromHour, int toHour, ZoneId zone) {
    var local = lower.atZone(zone);
    int hour = local.getHour();
    if (hour >= fromHour && hour < toHour) {
      return lower;
    }
    var day = hour >= toHour ? local.toLocalDate().plusDays(1) : local.toLocalDate();
    return day.atTime(LocalTime.of(fromHour, 0))
        .atZone(zone)
        .toInstant()
        .plus(Duration.ofMinutes(r.nextInt(100)));
  }

  private Instant workSlot(Instant lower, int fromHour, int toHour) {
    return workSlot(lower, fromHour, toHour, zone);
  }

  /** A moment between 22:00 and 03:00 in the facility's zone, at or after {@code lower}. */
  private Instant nightSlot(Instant lower) {
    var local = lower.atZone(zone);
    int hour = local.getHour();
    if (hour >= 22 || hour < 3) {
      return plus(lower, 0, 30);
    }
    return local
        .toLocalDate()
        .atTime(22, 10)
        .atZone(zone)
        .toInstant()
        .plus(Duration.ofMinutes(r.nextInt(240)));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  // ---------------------------------------------------------------------------------------------
  // A record being drafted

  /** One event of a draft, with what decides when and by whom it is stored. */
  private static final class Item {
    final @Nullable CustodyEvent event;
    final Instant occurredAt;
    final int order;
    @Nullable Instant recordedAt;
    boolean corrected;
    @Nullable String interrogator;
    String facilityId = "";
    int seq;
    // A correction: the item it corrects, why, and the event as it should have been.
    @Nullable Item target;
    @Nullable String reason;
    @Nullable CustodyEvent replacement;

    Item(@Nullable CustodyEvent event, Instant occurredAt, int order) {
      this.event = event;
      this.occurredAt = occurredAt;
      this.order = order;
    }

    CustodyEvent event() {
      if (event != null) {
        return event;
      }
      return new Corrected(
          occurredAt,
          Objects.requireNonNull(target).seq,
          Objects.requireNonNull(reason),
          Objects.requireNonNull(replacement));
    }
  }

  /** Event types a paper register may have typed up hours later without breaking the timeline. */
  private static final Set<Class<?>> MAY_BE_LATE =
      Set.of(
          RightsExplained.class,
          DetentionProtocolDrawnUp.class,
          RelativeNotified.class,
          ProsecutorNotified.class,
          ConsulNotified.class,
          InterpreterAssigned.class,
          LawyerNotified.class,
          MedicalExaminationCompleted.class,
          CellVisited.class);

  private final class Draft {
    final ZoneId zone;
    final List<Item> items = new ArrayList<>();

    Draft(ZoneId zone) {
      this.zone = zone;
    }

    Item add(CustodyEvent e) {
      var item = new Item(e, e.occurredAt(), items.size());
      items.add(item);
      return item;
    }

    void correct(Item original, Instant at, String reason, CustodyEvent replacement) {
      var item = new Item(null, at, items.size());
      item.target = original;
      original.corrected = true;
      item.reason = reason;
      item.replacement = replacement;
      items.add(item);
    }

    /** The record as stored: nothing after it closed or after {@code cutoff}, late ones last. */
    PlannedRecord plan(Instant cutoff) {
      var byTime =
          items.stream()
              .sorted(Comparator.comparing((Item i) -> i.occurredAt).thenComparingInt(i -> i.order))
              .toList();
      // Where the record closes: release, or hand-over to the remand prison after a remand order.
      Instant closed = null;
      boolean remand = false;
      for (var i : byTime) {
        if (i.event instanceof RemandOrdered) {
          remand = true;
        }
        if (i.event instanceof Released || (remand && i.event instanceof Transferred)) {
          closed = i.occurredAt;
          break;
        }
      }
      var kept = new ArrayList<Item>();
      var dropped = new HashSet<Item>();
      for (var i : byTime) {
        boolean tooLate =
            i.occurredAt.isAfter(cutoff)
                || (closed != null && i.target == null && i.occurredAt.isAfter(closed))
                || (i.target != null && dropped.contains(i.target));
        if (tooLate) {
          dropped.add(i);
        } else {
          kept.add(i);
        }
      }
      // Where the person is at each event: whose officer records it.
      String current = "";
      for (var i : kept) {
        switch (i.event) {
          case Apprehended a -> current = a.facilityId();
          case Transferred t -> {
            i.facilityId = current;
            current = t.toFacilityId();
            continue;
          }
          case null -> {
            i.facilityId = Objects.requireNonNull(i.target).facilityId;
            continue;
          }
          default -> {}
        }
        i.facilityId = current;
      }
      // When each is stored: a few minutes after, in order; a few typed up hours later.
      Instant previous = Instant.MIN;
      for (var i : kept) {
        boolean typedUpLater =
            i.event != null
                && MAY_BE_LATE.contains(i.event.getClass())
                && i.recordedAt == null
                && !i.corrected
                && r.nextDouble() < 0.06;
        if (typedUpLater) {
          i.recordedAt = min(plus(i.occurredAt, 90, 10 * 60), cutoff);
          continue;
        }
        Instant at = i.recordedAt != null ? i.recordedAt : plus(i.occurredAt, 2, 12);
        at = min(max(at, previous.plusSeconds(20)), cutoff);
        at = max(at, i.occurredAt);
        i.recordedAt = at;
        previous = at;
      }
      var stored =
          kept.stream()
              .sorted(
                  Comparator.comparing((Item i) -> Objects.requireNonNull(i.recordedAt))
                      .thenComparingInt(i -> kept.indexOf(i)))
              .toList();
      for (int s = 0; s < stored.size(); s++) {
        stored.get(s).seq = s + 1;
      }
      // Who records each: the officer of the facility holding the person when it is stored (as
      // custody access asks: a late entry is typed up there, an arrival by the facility arrived
      // at); the doctor of kz-ast-tdf1 the medical events there; the investigator their own
      // questioning once an earlier one named them.
      boolean investigatorSees = false;
      var events = new ArrayList<PlannedEvent>();
      var storedSoFar = new ArrayList<StoredEvent>();
      for (var i : stored) {
        var e = i.event();
        String holder =
            storedSoFar.isEmpty()
                ? i.facilityId
                : CustodyRecord.replay(storedSoFar).holdingFacilityId();
        String by = DemoDirectory.officerAt(holder).username();
        switch (e) {
          case ArrivedAtFacility a -> by = DemoDirectory.officerAt(a.facilityId()).username();
          case MedicalExaminationCompleted m when holder.equals(DemoDirectory.AST_TDF) ->
              by = DemoDirectory.DOCTOR.username();
          case InjuryRecorded m when holder.equals(DemoDirectory.AST_TDF) ->
              by = DemoDirectory.DOCTOR.username();
          default -> {}
        }
        boolean investigators = DemoDirectory.INVESTIGATOR.displayName().equals(i.interrogator);
        if (investigators && investigatorSees) {
          by = DemoDirectory.INVESTIGATOR.username();
        }
        if (investigators && e instanceof InterrogationStarted) {
          investigatorSees = true;
        }
        var recordedAt = Objects.requireNonNull(i.recordedAt);
        events.add(new PlannedEvent(e, recordedAt, by));
        storedSoFar.add(new StoredEvent(storedSoFar.size() + 1, e, recordedAt, by, null));
      }
      return new PlannedRecord(List.copyOf(events));
    }
  }
}
