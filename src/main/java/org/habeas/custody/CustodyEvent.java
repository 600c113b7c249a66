package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a person in custody, as one entry of the append-only record.
 *
 * <p>Names are past tense and are the API's {@code type} values. An event keeps the moment it says
 * it happened ({@link #occurredAt()}); when it was stored and by whom is in {@link StoredEvent}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @Type(value = Apprehended.class, name = "Apprehended"),
  @Type(value = ArrivedAtFacility.class, name = "ArrivedAtFacility"),
  @Type(value = DetentionAuthorised.class, name = "DetentionAuthorised"),
  @Type(value = DetentionProtocolDrawnUp.class, name = "DetentionProtocolDrawnUp"),
  @Type(value = RightsExplained.class, name = "RightsExplained"),
  @Type(value = InterpreterAssigned.class, name = "InterpreterAssigned"),
  @Type(value = LawyerRequested.class, name = "LawyerRequested"),
  @Type(value = LawyerNotified.class, name = "LawyerNotified"),
  @Type(value = LawyerArrived.class, name = "LawyerArrived"),
  @Type(value = LawyerWaived.class, name = "LawyerWaived"),
  @Type(value = RelativeNotified.class, name = "RelativeNotified"),
  @Type(value = ConsularNotificationChosen.class, name = "ConsularNotificationChosen"),
  @Type(value = ConsulNotified.class, name = "ConsulNotified"),
  @Type(value = ProsecutorNotified.class, name = "ProsecutorNotified"),
  @Type(value = ReportRegistered.class, name = "ReportRegistered"),
  @Type(value = DelayAuthorised.class, name = "DelayAuthorised"),
  @Type(value = MedicalExaminationCompleted.class, name = "MedicalExaminationCompleted"),
  @Type(value = InjuryRecorded.class, name = "InjuryRecorded"),
  @Type(value = AllegationMade.class, name = "AllegationMade"),
  @Type(value = InterrogationStarted.class, name = "InterrogationStarted"),
  @Type(value = InterrogationEnded.class, name = "InterrogationEnded"),
  @Type(value = DetentionReviewed.class, name = "DetentionReviewed"),
  @Type(value = DetentionExtended.class, name = "DetentionExtended"),
  @Type(value = CellVisited.class, name = "CellVisited"),
  @Type(value = Charged.class, name = "Charged"),
  @Type(value = BroughtBeforeCourt.class, name = "BroughtBeforeCourt"),
  @Type(value = RemandOrdered.class, name = "RemandOrdered"),
  @Type(value = ReleaseOrdered.class, name = "ReleaseOrdered"),
  @Type(value = Transferred.class, name = "Transferred"),
  @Type(value = Released.class, name = "Released"),
  @Type(value = Corrected.class, name = "Corrected")
})
public sealed interface CustodyEvent
    permits Apprehended,
        ArrivedAtFacility,
        DetentionAuthorised,
        DetentionProtocolDrawnUp,
        RightsExplained,
        InterpreterAssigned,
        LawyerRequested,
        LawyerNotified,
        LawyerArrived,
        LawyerWaived,
        RelativeNotified,
        ConsularNotificationChosen,
        ConsulNotified,
        ProsecutorNotified,
        ReportRegistered,
        DelayAuthorised,
        MedicalExaminationCompleted,
        InjuryRecorded,
        AllegationMade,
        InterrogationStarted,
        InterrogationEnded,
        DetentionReviewed,
        DetentionExtended,
        CellVisited,
        Charged,
        BroughtBeforeCourt,
        RemandOrdered,
        ReleaseOrdered,
        Transferred,
        Released,
        Corrected {

  /** Every event type, in the order the product brief lists them (the UI offers a form each). */
  List<Class<? extends CustodyEvent>> KINDS =
      List.of(
          Apprehended.class,
          ArrivedAtFacility.class,
          DetentionAuthorised.class,
          DetentionProtocolDrawnUp.class,
          RightsExplained.class,
          InterpreterAssigned.class,
          LawyerRequested.class,
          LawyerNotified.class,
          LawyerArrived.class,
          LawyerWaived.class,
          RelativeNotified.class,
          ConsularNotificationChosen.class,
          ConsulNotified.class,
          ProsecutorNotified.class,
          ReportRegistered.class,
          DelayAuthorised.class,
          MedicalExaminationCompleted.class,
          InjuryRecorded.class,
          AllegationMade.class,
          InterrogationStarted.class,
          InterrogationEnded.class,
          DetentionReviewed.class,
          DetentionExtended.class,
          CellVisited.class,
          Charged.class,
          BroughtBeforeCourt.class,
          RemandOrdered.class,
          ReleaseOrdered.class,
          Transferred.class,
          Released.class,
          Corrected.class);

  /** The {@code type} names of {@link #KINDS}, in the same order. */
  List<String> TYPES = KINDS.stream().map(Class::getSimpleName).toList();

  /** The moment the event says it happened; the timeline is ordered by it. */
  Instant occurredAt();

  /** The API name of this event's type, e.g. {@code Apprehended}. */
  @JsonIgnore
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * The event type with the given API name.
   *
   * @throws IllegalArgumentException if no event type has that name
   */
  static Class<? extends CustodyEvent> kindOf(String type) {
    int i = TYPES.indexOf(type);
    if (i < 0) {
      throw new IllegalArgumentException("unknown event type: " + type);
    }
    return KINDS.get(i);
  }
}
