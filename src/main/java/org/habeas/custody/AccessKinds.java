package org.habeas.custody;

import java.util.Set;

/** The kinds of event each role records, for {@link CustodyAccess}. */
final class AccessKinds {

  private AccessKinds() {}

  static final Set<Class<? extends CustodyEvent>> MEDICAL =
      Set.of(MedicalExaminationCompleted.class, InjuryRecorded.class);
  static final Set<Class<? extends CustodyEvent>> INVESTIGATIVE =
      Set.of(
          InterrogationStarted.class,
          InterrogationEnded.class,
          LawyerNotified.class,
          InterpreterAssigned.class,
          RightsExplained.class,
          // The foreign national's consular choice is asked with the rights (VCCR art. 36(1)(b)).
          ConsularNotificationChosen.class,
          AllegationMade.class);
  static final Set<Class<? extends CustodyEvent>> PROSECUTORIAL =
      Set.of(
          ReleaseOrdered.class,
          DetentionExtended.class,
          DetentionReviewed.class,
          AllegationMade.class,
          ProsecutorNotified.class,
          // Registration in the ERDR, or its refusal, is the prosecutor's to record (kz).
          ReportRegistered.class);

  /**
   * What the facility does not record although it keeps the record: whether a report of
   * ill-treatment, perhaps by its own staff, was registered (the prosecutor records it).
   */
  static final Set<Class<? extends CustodyEvent>> NOT_BY_THE_FACILITY =
      Set.of(ReportRegistered.class);

  /** What a prosecutor of a region the released person passed through may record. */
  static final Set<Class<? extends CustodyEvent>> PROSECUTORIAL_AFTER_RELEASE =
      Set.of(AllegationMade.class, ProsecutorNotified.class, ReportRegistered.class);
}
