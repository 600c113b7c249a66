package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.junit.jupiter.api.Test;

/**
 * Who may write which event on which record, decided by the record as it stands before the event
 * (issue 14, finding 1: any officer took over any record by appending an arrival at their own
 * facility). Pure: no Spring, no database.
 *
 * <p>The matrix below is the whole rule for every role, every event type and every situation of a
 * record seen from the actor's side; the tests after it are the attacks and edge cases by name.
 */
class CustodyAccessTest {

  static final String MINE = "kz-ast-tdf1"; // region ast: the actors' facility
  static final String OTHER = "kz-alm-tdf1"; // region alm
  static final String THIRD = "kz-ast-pd1"; // region ast
  static final String FOREIGN = "ew-met-cs1"; // region met
  static final String SIZO = "kz-alm-sizo1"; // region alm

  private static final Map<String, String> REGIONS =
      Map.of(MINE, "ast", OTHER, "alm", THIRD, "ast", FOREIGN, "met", SIZO, "alm");

  private final CustodyAccess access =
      new CustodyAccess(id -> Optional.ofNullable(REGIONS.get(id)), new PartyKeys(new byte[32]));

  // --- the matrix ---------------------------------------------------------------------------

  /** How a record stands, seen from an actor at {@link #MINE} (region ast). */
  enum Situation {
    /** Held at my facility now. */
    OWN,
    /** Never at my facility, nor in my region; names none of my people. */
    FOREIGN,
    /** Was at my facility, transferred on and arrived at another (region alm). */
    PASSED_THROUGH,
    /** Held at another facility (region alm), transferred to mine, not yet arrived. */
    IN_TRANSIT_TO_ME,
    /** Released while held at my facility. */
    CLOSED_HERE,
    /** Was at my facility, released at another (region alm). */
    CLOSED_ELSEWHERE
  }

  /** What the actor may do: nothing (404), read only (403 on any write), or write these kinds. */
  enum May {
    NOTHING,
    READ,
    ALL,
    MEDICAL,
    INVESTIGATIVE,
    PROSECUTORIAL,
    ALLEGATION,
    ARRIVAL,
    /** A prosecutor of a region a released person passed through (issue 16). */
    REPORT_AFTER_RELEASE
  }

  /**
   * The expected answer for each role (rows) in each situation (columns), for every event type.
   * Investigators and lawyers are named by each record but the foreign one.
   */
  private static final Map<Role, List<May>> EXPECTED =
      Map.of(
          //                         OWN, FOREIGN, PASSED_THROUGH, IN_TRANSIT_TO_ME, CLOSED_HERE,
          //                         CLOSED_ELSEWHERE
          Role.CUSTODY_OFFICER,
              List.of(May.ALL, May.NOTHING, May.READ, May.ARRIVAL, May.ALL, May.READ),
          // Issue 16: after a release, a doctor of a facility the person passed through records
          // injuries and examinations, and a prosecutor of a region they passed through the report.
          Role.DOCTOR,
              List.of(May.MEDICAL, May.NOTHING, May.READ, May.READ, May.MEDICAL, May.MEDICAL),
          Role.INVESTIGATOR,
              List.of(
                  May.INVESTIGATIVE,
                  May.NOTHING,
                  May.INVESTIGATIVE,
                  May.INVESTIGATIVE,
                  May.INVESTIGATIVE,
                  May.INVESTIGATIVE),
          Role.PROSECUTOR,
              List.of(
                  May.PROSECUTORIAL,
                  May.NOTHING,
                  May.READ,
                  May.READ,
                  May.PROSECUTORIAL,
                  May.REPORT_AFTER_RELEASE),
          Role.LAWYER,
              List.of(
                  May.ALLEGATION,
                  May.NOTHING,
                  May.ALLEGATION,
                  May.ALLEGATION,
                  May.ALLEGATION,
                  May.ALLEGATION),
          Role.MONITOR,
              List.of(
                  May.ALLEGATION,
                  May.ALLEGATION,
                  May.ALLEGATION,
                  May.ALLEGATION,
                  May.ALLEGATION,
                  May.ALLEGATION),
          Role.ADMIN,
              List.of(May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING),
          Role.TRAINER,
              List.of(May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING),
          Role.FOCAL_POINT,
              List.of(
                  May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING, May.NOTHING));

  private static final Set<String> MEDICAL_KINDS =
      Set.of("MedicalExaminationCompleted", "InjuryRecorded");
  private static final Set<String> INVESTIGATIVE_KINDS =
      Set.of(
          "InterrogationStarted",
          "InterrogationEnded",
          "LawyerNotified",
          "InterpreterAssigned",
          "RightsExplained",
          "ConsularNotificationChosen",
          "AllegationMade");
  private static final Set<String> PROSECUTORIAL_KINDS =
      Set.of(
          "ReleaseOrdered",
          "DetentionExtended",
          "DetentionReviewed",
          "AllegationMade",
          "ProsecutorNotified",
          "ReportRegistered");

  /** Whether a report of ill-treatment was registered is the prosecutor's to record. */
  private static final Set<String> NOT_BY_THE_FACILITY_KINDS = Set.of("ReportRegistered");

  @Test
  void everyRoleMayWriteExactlyWhatTheMatrixSaysForEveryEventTypeAndSituation() {
    var mismatches = new ArrayList<String>();
    for (var role : Role.values()) {
      var row = EXPECTED.get(role);
      assertThat(row).as("a row for %s", role).isNotNull().hasSize(Situation.values().length);
      var actor = actor(role);
      for (var situation : Situation.values()) {
        var record = record(situation);
        var expected = row.get(situation.ordinal());
        for (var event : everyAppendableEvent()) {
          var visible = access.visibility(actor, record) != Visibility.NONE;
          var writes = visible && access.mayAppend(actor, record, event);
          boolean wantVisible = expected != May.NOTHING;
          boolean wantWrite = allows(expected, event);
          if (visible != wantVisible || writes != wantWrite) {
            mismatches.add(
                "%s %s %s: visible=%s writes=%s, expected %s"
                    .formatted(role, situation, event.type(), visible, writes, expected));
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /**
   * What the record page offers (issue 15: a lawyer and a doctor were offered the police form) is
   * the same matrix: the types {@code recordable} gives are exactly those the role may write.
   */
  @Test
  void theFormOffersExactlyTheEventTypesTheMatrixLetsTheRoleWrite() {
    var mismatches = new ArrayList<String>();
    for (var role : Role.values()) {
      var actor = actor(role);
      for (var situation : Situation.values()) {
        var record = record(situation);
        var expected = EXPECTED.get(role).get(situation.ordinal());
        var offered = access.recordable(actor, record);
        for (var event : everyAppendableEvent()) {
          if (offered.contains(event.getClass()) != allows(expected, event)) {
            mismatches.add(
                "%s %s %s: offered=%s, expected %s"
                    .formatted(
                        role,
                        situation,
                        event.type(),
                        offered.contains(event.getClass()),
                        expected));
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void aLawyerCorrectsOnlyWhatTheyRecordedAndNoPoliceEvent() {
    var record = record(Situation.OWN);
    var lawyer = actor(Role.LAWYER);
    var opening = record.event(1);
    assertThat(access.mayCorrect(lawyer, record, opening)).isFalse();
    assertThat(access.mayCorrect(actor(Role.CUSTODY_OFFICER), record, opening)).isTrue();
    assertThat(access.mayCorrect(actor(Role.DOCTOR), record, opening)).isFalse();
  }

  private static boolean allows(May may, CustodyEvent e) {
    var type = e.type();
    return switch (may) {
      case NOTHING, READ -> false;
      case ALL -> !NOT_BY_THE_FACILITY_KINDS.contains(type);
      case MEDICAL -> MEDICAL_KINDS.contains(type);
      case INVESTIGATIVE -> INVESTIGATIVE_KINDS.contains(type);
      case PROSECUTORIAL -> PROSECUTORIAL_KINDS.contains(type);
      case ALLEGATION -> type.equals("AllegationMade");
      case ARRIVAL -> type.equals("ArrivedAtFacility");
      case REPORT_AFTER_RELEASE ->
          Set.of("ProsecutorNotified", "ReportRegistered", "AllegationMade").contains(type);
    };
  }

  // --- the attacks and edge cases -------------------------------------------------------------

  @Test
  void anOfficerCannotTakeARecordOfAnotherFacilityByRecordingAnArrivalAtTheirOwn() {
    var record = record(Situation.FOREIGN);
    var intruder = actor(Role.CUSTODY_OFFICER);

    var arrival = new ArrivedAtFacility(T.plusSeconds(9000), MINE);

    assertThat(access.visibility(intruder, record)).isEqualTo(Visibility.NONE);
    assertThat(access.mayAppend(intruder, record, arrival)).isFalse();
  }

  @Test
  void aFacilityThePersonPassedThroughReadsButCannotTakeThePersonBack() {
    var record = record(Situation.PASSED_THROUGH);
    var earlier = actor(Role.CUSTODY_OFFICER);

    assertThat(access.visibility(earlier, record)).isEqualTo(Visibility.FULL);
    assertThat(access.mayAppend(earlier, record, new ArrivedAtFacility(T.plusSeconds(9000), MINE)))
        .isFalse();
    assertThat(access.mayAppend(earlier, record, new Transferred(T.plusSeconds(9000), MINE)))
        .isFalse();
  }

  @Test
  void theHoldingFacilityMovesThePersonByATransferNotByAnArrivalElsewhere() {
    var record = record(Situation.OWN);
    var holder = actor(Role.CUSTODY_OFFICER);

    assertThat(access.mayAppend(holder, record, new ArrivedAtFacility(T.plusSeconds(9000), THIRD)))
        .isFalse();
    assertThat(access.mayAppend(holder, record, new Transferred(T.plusSeconds(9000), THIRD)))
        .isTrue();
  }

  @Test
  void theReceivingFacilityRecordsOnlyTheArrivalAtItself() {
    var record = record(Situation.IN_TRANSIT_TO_ME);
    var receiver = actor(Role.CUSTODY_OFFICER);

    assertThat(access.mayAppend(receiver, record, new ArrivedAtFacility(T.plusSeconds(9000), MINE)))
        .isTrue();
    assertThat(access.mayAppend(receiver, record, cellVisit(T.plusSeconds(9000)))).isFalse();
    // Nor may a third facility receive a person sent to mine.
    var third = officerAt(THIRD);
    assertThat(access.mayAppend(third, record, new ArrivedAtFacility(T.plusSeconds(9000), THIRD)))
        .isFalse();
  }

  @Test
  void theSendingFacilityKeepsThePersonUntilTheyArriveAndMayRedirectTheTransfer() {
    var record = record(Situation.IN_TRANSIT_TO_ME);
    var sender = officerAt(OTHER);
    int transferSeq = seqOf(record, "Transferred");

    assertThat(access.mayAppend(sender, record, cellVisit(T.plusSeconds(9000)))).isTrue();
    assertThat(
            access.mayAppend(
                sender,
                record,
                corrected(transferSeq, new Transferred(T.plusSeconds(7200), THIRD))))
        .isTrue();
    // The receiver may not redirect it, nor may the sender record the arrival for the receiver.
    assertThat(
            access.mayAppend(
                actor(Role.CUSTODY_OFFICER),
                record,
                corrected(transferSeq, new Transferred(T.plusSeconds(7200), MINE))))
        .isFalse();
    assertThat(access.mayAppend(sender, record, new ArrivedAtFacility(T.plusSeconds(9000), MINE)))
        .isFalse();
  }

  @Test
  void aTransferThatArrivedIsNotRedirectedByACorrection() {
    var record = record(Situation.OWN);
    var holder = actor(Role.CUSTODY_OFFICER);
    int transferSeq = seqOf(record, "Transferred");

    assertThat(
            access.mayAppend(
                holder,
                record,
                corrected(transferSeq, new Transferred(T.plusSeconds(7200), THIRD))))
        .isFalse();
  }

  @Test
  void aCorrectionDoesNotMoveThePersonOrTheRecord() {
    var record = record(Situation.OWN);
    var holder = actor(Role.CUSTODY_OFFICER);
    int arrivalSeq = seqOf(record, "ArrivedAtFacility");

    var sameFacility = corrected(arrivalSeq, new ArrivedAtFacility(T.plusSeconds(8000), MINE));
    var otherFacility = corrected(arrivalSeq, new ArrivedAtFacility(T.plusSeconds(8000), THIRD));

    assertThat(access.mayAppend(holder, record, sameFacility)).isTrue();
    assertThat(access.mayAppend(holder, record, otherFacility)).isFalse();
    var apprehension = (Apprehended) record.event(1).event();
    var moved =
        new Apprehended(
            apprehension.occurredAt(),
            THIRD,
            apprehension.person(),
            apprehension.grounds(),
            null,
            null,
            Jurisdiction.KZ);
    assertThat(
            access.mayAppend(
                officerAt(OTHER), record(Situation.PASSED_THROUGH), corrected(1, moved)))
        .isFalse();
  }

  @Test
  void aForeignOfficerCannotCorrectTheArrivalOfARecordIntoTheirFacility() {
    var record = record(Situation.PASSED_THROUGH);
    var earlier = actor(Role.CUSTODY_OFFICER);
    int arrivalAtOther = seqOf(record, "ArrivedAtFacility", OTHER);

    assertThat(
            access.mayAppend(
                earlier,
                record,
                corrected(arrivalAtOther, new ArrivedAtFacility(T.plusSeconds(7300), MINE))))
        .isFalse();
  }

  @Test
  void aCorrectionIsJudgedAsTheEventItCorrectsAndAsItsReplacement() {
    var record = record(Situation.OWN);
    var doctor = actor(Role.DOCTOR);
    int cellVisit = seqOf(record, "CellVisited");
    int exam = seqOf(record, "MedicalExaminationCompleted");

    assertThat(
            access.mayAppend(doctor, record, corrected(cellVisit, cellVisit(T.plusSeconds(7400)))))
        .isFalse();
    assertThat(access.mayAppend(doctor, record, corrected(exam, examination(T.plusSeconds(7500)))))
        .isTrue();
  }

  @Test
  void lawyersAndMonitorsCorrectOnlyTheAllegationsTheyRecordedThemselves() {
    var record = record(Situation.OWN);
    int byLawyer = seqOf(record, "AllegationMade");
    var fix = corrected(byLawyer, allegation(T.plusSeconds(7600)));

    assertThat(access.mayAppend(actor(Role.LAWYER), record, fix)).isTrue();
    assertThat(access.mayAppend(actor(Role.MONITOR), record, fix)).isFalse();
  }

  @Test
  void anInvestigatorCannotGrantHimselfARecordByRecordingAQuestioningThatNamesHim() {
    var record = record(Situation.FOREIGN);
    var investigator = actor(Role.INVESTIGATOR);

    var questioning = questioning(T.plusSeconds(9000), "investigator");

    assertThat(access.visibility(investigator, record)).isEqualTo(Visibility.NONE);
    assertThat(access.mayAppend(investigator, record, questioning)).isFalse();
    // Not even with a desk at the facility holding the person: the facility's officer records it.
    var atTheFacility =
        new Actor("investigator", "Yerlan Zhumabayev", Role.INVESTIGATOR, FOREIGN, "met", "en");
    assertThat(access.mayAppend(atTheFacility, record, questioning)).isFalse();
    assertThat(access.mayAppend(officerAt(FOREIGN), record, questioning)).isTrue();
  }

  @Test
  void anInvestigatorRecordsOnlyHisOwnQuestionings() {
    var record = record(Situation.OWN);
    var investigator = actor(Role.INVESTIGATOR);

    assertThat(
            access.mayAppend(
                investigator, record, questioning(T.plusSeconds(9000), "Investigator")))
        .isTrue();
    assertThat(
            access.mayAppend(investigator, record, questioning(T.plusSeconds(9000), "Colleague")))
        .isFalse();
  }

  @Test
  void afterTheHandOverToARemandPrisonOnlyTheSendingFacilityWrites() {
    var record = record(remandedFrom(MINE));
    assertThat(record.isOpen()).isFalse();

    assertThat(
            access.mayAppend(actor(Role.CUSTODY_OFFICER), record, cellVisit(T.plusSeconds(3000))))
        .isTrue();
    var prison = officerAt(SIZO);
    assertThat(access.visibility(prison, record)).isEqualTo(Visibility.FULL);
    assertThat(access.mayAppend(prison, record, new ArrivedAtFacility(T.plusSeconds(9000), SIZO)))
        .isFalse();
  }

  // --- after release (issue 16) ----------------------------------------------------------------

  private static final Instant AFTER_RELEASE = Instant.parse("2026-03-01T18:20:00Z");

  @Test
  void afterAReleaseTheLastHoldersStaffAndDoctorRecordWhatFollowsIt() {
    var record = record(Situation.CLOSED_HERE);

    assertThat(access.mayAppend(actor(Role.CUSTODY_OFFICER), record, injury(AFTER_RELEASE)))
        .isTrue();
    assertThat(access.mayAppend(actor(Role.DOCTOR), record, injury(AFTER_RELEASE))).isTrue();
    assertThat(access.mayAppend(actor(Role.DOCTOR), record, examination(AFTER_RELEASE))).isTrue();
  }

  @Test
  void afterAReleaseADoctorOfAFacilityThePersonPassedThroughRecordsInjuriesAndExaminations() {
    var released = record(Situation.CLOSED_ELSEWHERE);
    var doctor = actor(Role.DOCTOR);

    assertThat(access.mayAppend(doctor, released, injury(AFTER_RELEASE))).isTrue();
    assertThat(access.mayAppend(doctor, released, examination(AFTER_RELEASE))).isTrue();
    assertThat(access.mayAppend(doctor, released, allegation(AFTER_RELEASE))).isFalse();
    assertThat(access.mayAppend(doctor, released, cellVisit(AFTER_RELEASE))).isFalse();
    // While the person is held elsewhere, the holder's doctor examines them, not a former one.
    assertThat(access.mayAppend(doctor, record(Situation.PASSED_THROUGH), injury(AFTER_RELEASE)))
        .isFalse();
    // A doctor of a facility the person never passed through has no part in it.
    var stranger = new Actor("doctor-x", "Dr. X", Role.DOCTOR, FOREIGN, "met", "en");
    assertThat(access.mayAppend(stranger, released, injury(AFTER_RELEASE))).isFalse();
  }

  @Test
  void afterAReleaseAProsecutorOfARegionThePersonPassedThroughRecordsTheReportOnly() {
    var released = record(Situation.CLOSED_ELSEWHERE);
    var prosecutor = actor(Role.PROSECUTOR);

    assertThat(access.mayAppend(prosecutor, released, report(AFTER_RELEASE))).isTrue();
    assertThat(access.mayAppend(prosecutor, released, allegation(AFTER_RELEASE))).isTrue();
    assertThat(
            access.mayAppend(
                prosecutor,
                released,
                new DetentionReviewed(AFTER_RELEASE, "Insp. Bekov", "inspector", "continue")))
        .isFalse();
    // Not before the release: the detention is supervised where the person is held.
    assertThat(
            access.mayAppend(prosecutor, record(Situation.PASSED_THROUGH), report(AFTER_RELEASE)))
        .isFalse();
    var elsewhere = new Actor("prosecutor-kar", "P. Kar", Role.PROSECUTOR, null, "kar", "ru");
    assertThat(access.mayAppend(elsewhere, released, report(AFTER_RELEASE))).isFalse();
  }

  @Test
  void afterAReleaseTheLawyerAndMonitorsRecordAllegationsAndAFormerFacilityNothing() {
    var released = record(Situation.CLOSED_ELSEWHERE);

    assertThat(access.mayAppend(actor(Role.LAWYER), released, allegation(AFTER_RELEASE))).isTrue();
    assertThat(access.mayAppend(actor(Role.MONITOR), released, allegation(AFTER_RELEASE))).isTrue();
    assertThat(access.mayAppend(actor(Role.LAWYER), released, injury(AFTER_RELEASE))).isFalse();
    assertThat(access.mayAppend(actor(Role.CUSTODY_OFFICER), released, injury(AFTER_RELEASE)))
        .isFalse();
  }

  @Test
  void aHandOverToARemandPrisonIsNotAReleaseForTheFormerFacilitysDoctor() {
    var e = new Events();
    e.add(apprehension(MINE), "officer-" + MINE);
    e.add(new ArrivedAtFacility(T.plusSeconds(600), MINE), "officer-" + MINE);
    e.add(new Transferred(T.plusSeconds(3000), OTHER), "officer-" + MINE);
    e.add(new ArrivedAtFacility(T.plusSeconds(4000), OTHER), "officer-" + OTHER);
    e.add(new RemandOrdered(T.plusSeconds(5000), "Almaty investigating court"), "officer");
    e.add(new Transferred(T.plusSeconds(7000), SIZO), "officer-" + OTHER);
    var handedOver = record(e.stored);
    assertThat(handedOver.isOpen()).isFalse();

    assertThat(access.mayAppend(actor(Role.DOCTOR), handedOver, injury(AFTER_RELEASE))).isFalse();
  }

  @Test
  void afterAReleaseAFormerFacilitysDoctorCorrectsOnlyTheMedicalEvents() {
    var released = record(Situation.CLOSED_ELSEWHERE);
    var doctor = actor(Role.DOCTOR);
    var examination = released.event(seqOf(released, "MedicalExaminationCompleted"));
    var cellVisit = released.event(seqOf(released, "CellVisited"));

    assertThat(access.mayCorrect(doctor, released, examination)).isTrue();
    assertThat(access.mayCorrect(doctor, released, cellVisit)).isFalse();
  }

  private static InjuryRecorded injury(Instant at) {
    return new InjuryRecorded(at, "bruise on the left arm", "Dr. Seitkali");
  }

  private static ProsecutorNotified report(Instant at) {
    return new ProsecutorNotified(
        at, "Astana city prosecutor", "in writing", NotificationSubject.ILL_TREATMENT);
  }

  // --- issue 16: the remand prison continues the record -------------------------------------

  /** Access that knows which facilities are remand prisons, as the application's does. */
  private final CustodyAccess withKinds =
      new CustodyAccess(
          id -> Optional.ofNullable(REGIONS.get(id)),
          id -> Optional.of(id.contains("sizo") ? "remand-prison" : "temporary-detention-facility"),
          new PartyKeys(new byte[32]));

  @Test
  void theRemandPrisonHandedOverToRecordsTheArrivalAndNothingElse() {
    var record = record(remandedFrom(MINE));
    var prison = officerAt(SIZO);

    assertThat(withKinds.recordable(prison, record)).containsExactly(ArrivedAtFacility.class);
    assertThat(
            withKinds.mayAppend(prison, record, new ArrivedAtFacility(T.plusSeconds(9000), SIZO)))
        .isTrue();
    assertThat(
            withKinds.mayAppend(prison, record, new ArrivedAtFacility(T.plusSeconds(9000), OTHER)))
        .isFalse();
    assertThat(withKinds.mayAppend(prison, record, cellVisit(T.plusSeconds(9000)))).isFalse();
    assertThat(withKinds.recordable(doctorAt(SIZO), record)).isEmpty();
    // The sending facility may still add late entries from its paper log, as before.
    assertThat(
            withKinds.mayAppend(
                actor(Role.CUSTODY_OFFICER), record, cellVisit(T.plusSeconds(3000))))
        .isTrue();
  }

  @Test
  void aFacilityThatIsNotARemandPrisonNeverContinuesAHandedOverRecord() {
    var e = new ArrayList<>(remandedFrom(MINE));
    var record = record(e);
    var elsewhere = officerAt(OTHER);

    assertThat(withKinds.recordable(elsewhere, record)).isEmpty();
  }

  @Test
  void afterTheArrivalTheRemandPrisonWritesAndTheSendingFacilityOnlyReads() {
    var stored = new ArrayList<>(remandedFrom(MINE));
    stored.add(
        new StoredEvent(
            stored.size() + 1,
            new ArrivedAtFacility(T.plusSeconds(9000), SIZO),
            T.plusSeconds(9000),
            "officer-" + SIZO,
            null));
    var record = CustodyRecord.replay(stored);
    assertThat(record.status()).isEqualTo(RecordStatus.REMANDED);

    var prison = officerAt(SIZO);
    assertThat(withKinds.mayAppend(prison, record, cellVisit(T.plusSeconds(99000)))).isTrue();
    assertThat(withKinds.recordable(doctorAt(SIZO), record))
        .containsExactlyInAnyOrder(MedicalExaminationCompleted.class, InjuryRecorded.class);
    assertThat(withKinds.mayAppend(doctorAt(SIZO), record, examination(T.plusSeconds(99000))))
        .isTrue();

    var police = actor(Role.CUSTODY_OFFICER);
    assertThat(withKinds.visibility(police, record)).isEqualTo(Visibility.FULL);
    assertThat(withKinds.recordable(police, record)).isEmpty();
    assertThat(withKinds.mayAppend(police, record, cellVisit(T.plusSeconds(99000)))).isFalse();
    assertThat(withKinds.visibility(actor(Role.DOCTOR), record)).isEqualTo(Visibility.MEDICAL);
    assertThat(withKinds.recordable(actor(Role.DOCTOR), record)).isEmpty();
    assertThat(withKinds.visibility(actor(Role.MONITOR), record))
        .isEqualTo(Visibility.PSEUDONYMISED);
  }

  private static Actor doctorAt(String facility) {
    return new Actor(
        "doctor-" + facility, "Doctor " + facility, Role.DOCTOR, facility, "alm", "kk");
  }

  // --- fixtures -------------------------------------------------------------------------------

  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  private static Actor actor(Role role) {
    return switch (role) {
      case CUSTODY_OFFICER -> officerAt(MINE);
      case DOCTOR -> new Actor("doctor", "Aigerim Seitkali", role, MINE, "ast", "kk");
      case INVESTIGATOR -> new Actor("investigator", "Yerlan Zhumabayev", role, null, "ast", "ru");
      case PROSECUTOR -> new Actor("prosecutor", "Daniyar Omarov", role, null, "ast", "ru");
      case LAWYER -> new Actor("lawyer", "Gulnara Tasheva", role, null, "ast", "ru");
      default -> new Actor(role.name().toLowerCase(), role.name(), role, null, null, "en");
    };
  }

  private static Actor officerAt(String facility) {
    return new Actor(
        "officer-" + facility,
        "Officer " + facility,
        Role.CUSTODY_OFFICER,
        facility,
        REGIONS.get(facility),
        "en");
  }

  /** The record in the situation, stored by the officers where the person was. */
  private static CustodyRecord record(Situation situation) {
    return record(events(situation));
  }

  private static CustodyRecord record(List<StoredEvent> events) {
    return CustodyRecord.replay(events);
  }

  private static List<StoredEvent> events(Situation s) {
    var e = new Events();
    switch (s) {
      case OWN -> {
        e.add(apprehension(OTHER), "officer-" + OTHER);
        e.add(new ArrivedAtFacility(T.plusSeconds(600), OTHER), "officer-" + OTHER);
        e.add(new Transferred(T.plusSeconds(3600), MINE), "officer-" + OTHER);
        e.add(new ArrivedAtFacility(T.plusSeconds(7200), MINE), "officer-" + MINE);
        e.ours(T.plusSeconds(7300));
      }
      case FOREIGN -> {
        e.add(apprehension(FOREIGN), "officer-" + FOREIGN);
        e.add(new ArrivedAtFacility(T.plusSeconds(600), FOREIGN), "officer-" + FOREIGN);
        e.add(cellVisit(T.plusSeconds(1200)), "officer-" + FOREIGN);
        e.add(examination(T.plusSeconds(1300)), "officer-" + FOREIGN);
      }
      case PASSED_THROUGH -> {
        e.add(apprehension(MINE), "officer-" + MINE);
        e.add(new ArrivedAtFacility(T.plusSeconds(600), MINE), "officer-" + MINE);
        e.ours(T.plusSeconds(700));
        e.add(new Transferred(T.plusSeconds(7000), OTHER), "officer-" + MINE);
        e.add(new ArrivedAtFacility(T.plusSeconds(7200), OTHER), "officer-" + OTHER);
      }
      case IN_TRANSIT_TO_ME -> {
        e.add(apprehension(OTHER), "officer-" + OTHER);
        e.add(new ArrivedAtFacility(T.plusSeconds(600), OTHER), "officer-" + OTHER);
        e.ours(T.plusSeconds(700));
        e.add(new Transferred(T.plusSeconds(7000), MINE), "officer-" + OTHER);
      }
      case CLOSED_HERE -> {
        e.add(apprehension(MINE), "officer-" + MINE);
        e.add(new ArrivedAtFacility(T.plusSeconds(600), MINE), "officer-" + MINE);
        e.ours(T.plusSeconds(700));
        e.add(new Released(T.plusSeconds(20000), "no grounds to hold"), "officer-" + MINE);
      }
      case CLOSED_ELSEWHERE -> {
        e.add(apprehension(MINE), "officer-" + MINE);
        e.add(new ArrivedAtFacility(T.plusSeconds(600), MINE), "officer-" + MINE);
        e.ours(T.plusSeconds(700));
        e.add(new Transferred(T.plusSeconds(7000), OTHER), "officer-" + MINE);
        e.add(new ArrivedAtFacility(T.plusSeconds(7200), OTHER), "officer-" + OTHER);
        e.add(new Released(T.plusSeconds(20000), "no grounds to hold"), "officer-" + OTHER);
      }
    }
    return e.stored;
  }

  private static List<StoredEvent> remandedFrom(String facility) {
    var e = new Events();
    e.add(apprehension(facility), "officer-" + facility);
    e.add(new ArrivedAtFacility(T.plusSeconds(600), facility), "officer-" + facility);
    e.add(new RemandOrdered(T.plusSeconds(5000), "Astana investigating court"), "officer");
    e.add(new Transferred(T.plusSeconds(7000), SIZO), "officer-" + facility);
    return e.stored;
  }

  /** Stored events, numbered in the order added. */
  private static final class Events {
    final List<StoredEvent> stored = new ArrayList<>();

    void add(CustodyEvent event, String by) {
      stored.add(new StoredEvent(stored.size() + 1, event, event.occurredAt(), by, null));
    }

    /** What names our lawyer and investigator, and a cell visit, an examination, an allegation. */
    void ours(Instant at) {
      add(new LawyerNotified(at, "Gulnara Tasheva"), "officer");
      add(questioning(at.plusSeconds(10), "Yerlan Zhumabayev"), "officer");
      add(new InterrogationEnded(at.plusSeconds(20)), "investigator");
      add(cellVisit(at.plusSeconds(30)), "officer");
      add(examination(at.plusSeconds(40)), "doctor");
      add(allegation(at.plusSeconds(50)), "lawyer");
    }
  }

  private static int seqOf(CustodyRecord r, String type) {
    return r.events().stream()
        .map(TimelineEntry::stored)
        .filter(s -> s.type().equals(type))
        .reduce((a, b) -> b)
        .orElseThrow()
        .seq();
  }

  private static int seqOf(CustodyRecord r, String type, String facility) {
    return r.events().stream()
        .map(TimelineEntry::stored)
        .filter(s -> s.event() instanceof ArrivedAtFacility a && a.facilityId().equals(facility))
        .filter(s -> s.type().equals(type))
        .findFirst()
        .orElseThrow()
        .seq();
  }

  private static Apprehended apprehension(String facility) {
    return new Apprehended(
        T,
        facility,
        new Person("Aidos Serikbayev", LocalDate.parse("1990-05-17"), "900517300123", "KZ", "kk"),
        "caught in the act",
        "CC art. 188",
        true,
        facility.startsWith("ew") ? Jurisdiction.EW : Jurisdiction.KZ);
  }

  private static CellVisited cellVisit(Instant at) {
    return new CellVisited(at, "Sgt. Omarov", false);
  }

  private static MedicalExaminationCompleted examination(Instant at) {
    return new MedicalExaminationCompleted(at, "Dr. Seitkali", false, null);
  }

  private static AllegationMade allegation(Instant at) {
    return new AllegationMade(at, "police officers", "was hit during the arrest");
  }

  private static InterrogationStarted questioning(Instant at, String interrogator) {
    return new InterrogationStarted(at, interrogator, true, null, null, "vid-1", null);
  }

  private static Corrected corrected(int seq, CustodyEvent replacement) {
    return new Corrected(T.plusSeconds(30000), seq, "typed wrong", replacement);
  }

  /**
   * One event of every type that may be appended (not the apprehension, which opens a record, nor a
   * correction, tested by name above). The arrival names my facility, the questioning my
   * investigator: the events an intruder would send.
   */
  private static List<CustodyEvent> everyAppendableEvent() {
    var at = T.plusSeconds(9000);
    var all =
        List.<CustodyEvent>of(
            new ArrivedAtFacility(at, MINE),
            new DetentionAuthorised(at, "Insp. Bekov"),
            new DetentionProtocolDrawnUp(at, "P-1"),
            new RightsExplained(at, "kk", true, true),
            new InterpreterAssigned(at, "kk"),
            new LawyerRequested(at, "Gulnara Tasheva"),
            new LawyerNotified(at, "Gulnara Tasheva"),
            new LawyerArrived(at, "Gulnara Tasheva"),
            new LawyerWaived(at, true, true),
            new RelativeNotified(at, "mother", "phone", null),
            new ConsularNotificationChosen(at, ConsularChoice.DECLINED, true),
            new ConsulNotified(at, "consulate", "fax", null),
            new ProsecutorNotified(at, "district prosecutor", "in writing", null),
            new ReportRegistered(
                at, RegistrationOutcome.REFUSED, null, "no signs of an offence", "prosecutor"),
            new DelayAuthorised(at, DelayedRight.LAWYER, "Supt. Reed", "superintendent", "risk"),
            examination(at),
            new InjuryRecorded(at, "bruise on the left arm", "Dr. Seitkali"),
            allegation(at),
            questioning(at, "Yerlan Zhumabayev"),
            new InterrogationEnded(at),
            new DetentionReviewed(at, "Insp. Bekov", "inspector", "continue"),
            new DetentionExtended(at, at.plusSeconds(86400), "Prosecutor", "counsellor", "x"),
            cellVisit(at),
            new Charged(at, "burglary", "PS Evans, sergeant", Bail.REFUSED, null),
            new BroughtBeforeCourt(at, "Astana court"),
            new RemandOrdered(at, "Astana court"),
            new ReleaseOrdered(at, "Astana court"),
            new Transferred(at, THIRD),
            new Released(at, "no grounds to hold"));
    var covered = all.stream().map(CustodyEvent::type).collect(Collectors.toSet());
    var expected =
        Stream.of(CustodyEvent.TYPES.toArray(String[]::new))
            .filter(t -> !t.equals("Apprehended") && !t.equals("Corrected"))
            .collect(Collectors.toSet());
    assertThat(covered).as("one event of every type").isEqualTo(expected);
    return all;
  }
}
