package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.Apprehended;
import org.habeas.custody.Bail;
import org.habeas.custody.BroughtBeforeCourt;
import org.habeas.custody.CellVisited;
import org.habeas.custody.Charged;
import org.habeas.custody.ConsulNotified;
import org.habeas.custody.ConsularChoice;
import org.habeas.custody.ConsularNotificationChosen;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DelayedRight;
import org.habeas.custody.DetentionAuthorised;
import org.habeas.custody.DetentionProtocolDrawnUp;
import org.habeas.custody.DetentionReviewed;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.InterpreterAssigned;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.LawyerNotified;
import org.habeas.custody.LawyerRequested;
import org.habeas.custody.LawyerWaived;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RegistrationOutcome;
import org.habeas.custody.RelativeNotified;
import org.habeas.custody.ReleaseOrdered;
import org.habeas.custody.ReportRegistered;
import org.habeas.custody.RightsExplained;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest extends CustodyTest {

  private final JsonMapper json = JsonMapper.builder().build();

  /** One event of every type, filled in as a form would be. */
  static List<CustodyEvent> oneOfEach() {
    var t = at("2026-03-02T09:00+05:00");
    return List.of(
        apprehendedAt("2026-03-01T22:15+05:00"),
        arrivedAt("2026-03-01T23:00+05:00", TDF),
        new DetentionAuthorised(t, "Insp. Tulegenov"),
        new DetentionProtocolDrawnUp(t, "P-2026-00417"),
        new RightsExplained(t, "kk", true, true),
        new InterpreterAssigned(t, "uz"),
        new LawyerRequested(t, "duty lawyer"),
        new LawyerNotified(t, "A. Bekova"),
        lawyerArrivedAt("2026-03-02T09:30+05:00", "A. Bekova"),
        new LawyerWaived(t, true, true),
        new RelativeNotified(t, "mother", "telephone", NotificationSubject.DETENTION),
        new ConsularNotificationChosen(t, ConsularChoice.REQUESTED, false),
        new ConsulNotified(t, "Consulate of Uzbekistan", "note", null),
        new ProsecutorNotified(
            t, "Astana prosecutor", "in writing", NotificationSubject.ILL_TREATMENT),
        new ReportRegistered(
            t, RegistrationOutcome.REGISTERED, "261500031000123", null, "Astana prosecutor"),
        new DelayAuthorised(
            t, DelayedRight.NOTIFICATION, "Supt. Hale", "superintendent", "accomplices"),
        new MedicalExaminationCompleted(t, "Dr. Ospanova", true, "bruise on the left forearm"),
        new InjuryRecorded(t, "bruise on the left forearm", "Sgt. Omarov"),
        new AllegationMade(t, "arresting officers", "struck during arrest"),
        new InterrogationStarted(t, "Inv. Karimov", true, false, true, "vid-1", "kidnapped child"),
        questioningEndedAt("2026-03-02T10:00+05:00"),
        new DetentionReviewed(t, "Insp. Hughes", "inspector", "detention continues"),
        extendedAt("2026-03-03T10:00+05:00", "2026-03-04T22:15+05:00"),
        new CellVisited(t, "Sgt. Omarov", true),
        new Charged(t, "theft (Theft Act 1968 s.1)", "PS 1234 Evans, sergeant", Bail.REFUSED, null),
        new BroughtBeforeCourt(t, "Astana investigating court"),
        remandOrderedAt("2026-03-03T11:00+05:00"),
        new ReleaseOrdered(t, "Astana investigating court"),
        transferredAt("2026-03-03T15:00+05:00", SIZO),
        releasedAt("2026-03-02T10:00+05:00"),
        correctionAt("2026-03-02T12:00+05:00", 2, arrivedAt("2026-03-01T23:05+05:00", TDF)));
  }

  @Test
  void jsonRoundTripOfEveryEventType() {
    List<CustodyEvent> events = oneOfEach();
    assertThat(events).extracting(CustodyEvent::type).containsExactlyElementsOf(CustodyEvent.TYPES);

    for (CustodyEvent event : events) {
      String text = json.writeValueAsString(event);

      assertThat(json.readTree(text).get("type").asString()).isEqualTo(event.type());
      assertThat(json.readValue(text, CustodyEvent.class)).as(text).isEqualTo(event);
    }
  }

  @Test
  void writesTypeOnceAndApiValuesForEnums() {
    var notice =
        new ProsecutorNotified(
            at("2026-03-02T09:00+05:00"),
            "Astana prosecutor",
            "in writing",
            NotificationSubject.ILL_TREATMENT);

    var tree = json.readTree(json.writeValueAsString(notice));

    assertThat(tree.propertyNames())
        .containsExactlyInAnyOrder("type", "occurredAt", "notifiedParty", "means", "about");
    assertThat(tree.get("about").asString()).isEqualTo("ill-treatment");
    assertThat(tree.get("occurredAt").asString()).isEqualTo("2026-03-02T04:00:00Z");
  }

  @Test
  void chargeCarriesItsBailDecisionAsALowerCaseApiValue() {
    String body =
        """
        {"type": "Charged", "occurredAt": "2026-03-06T21:30:00Z", "offence": "burglary",
         "chargedBy": "PS 1234 Evans, sergeant", "bail": "refused",
         "note": "likely to fail to surrender"}
        """;

    var read = json.readValue(body, CustodyEvent.class);

    assertThat(read)
        .isEqualTo(
            new Charged(
                at("2026-03-06T21:30Z"),
                "burglary",
                "PS 1234 Evans, sergeant",
                Bail.REFUSED,
                "likely to fail to surrender"));
    var granted = new Charged(at("2026-03-06T21:30Z"), "theft", "PS Evans", Bail.GRANTED, null);
    assertThat(json.readTree(json.writeValueAsString(granted)).get("bail").asString())
        .isEqualTo("granted");
    assertThatThrownBy(
            () -> json.readValue(body.replace("\"refused\"", "\"REFUSED\""), CustodyEvent.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void readsTheApiExampleOfAnApprehension() {
    String body =
        """
        {"type": "Apprehended", "occurredAt": "2026-03-01T22:15:00+05:00", "facilityId": "kz-ast-tdf1",
         "person": {"name": "Arman Nurlanov", "birthDate": "2008-06-15", "citizenship": "KZ"},
         "grounds": "caught in the act", "jurisdiction": "kz"}
        """;

    var read = json.readValue(body, CustodyEvent.class);

    assertThat(read)
        .isInstanceOfSatisfying(
            Apprehended.class,
            a -> {
              assertThat(a.occurredAt()).isEqualTo(at("2026-03-01T22:15+05:00"));
              assertThat(a.jurisdiction()).isEqualTo(Jurisdiction.KZ);
              assertThat(a.person().birthDate()).hasToString("2008-06-15");
              assertThat(a.indictable()).isNull();
            });
  }

  @Test
  void aTransferWithoutAPositionIsWrittenAsBeforeIt() throws Exception {
    var at = Instant.parse("2026-03-02T07:00:00Z");

    assertThat(json.writeValueAsString(new Transferred(at, "kz-ast-sizo1")))
        .isEqualTo(
            "{\"type\":\"Transferred\",\"occurredAt\":\"2026-03-02T07:00:00Z\","
                + "\"toFacilityId\":\"kz-ast-sizo1\"}");
    var read =
        json.readValue(
            "{\"type\":\"Transferred\",\"occurredAt\":\"2026-03-02T07:00:00Z\","
                + "\"toFacilityId\":\"kz-ast-sizo1\",\"position\":\"51.128221,71.430411\"}",
            CustodyEvent.class);
    assertThat(read).isEqualTo(new Transferred(at, "kz-ast-sizo1", "51.128221,71.430411"));
  }

  @Test
  void rejectsUnknownType() {
    String body =
        """
        {"type": "Nope", "occurredAt": "2026-03-01T22:15:00Z"}""";

    assertThatThrownBy(() -> json.readValue(body, CustodyEvent.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Nope");
  }

  @Test
  void rejectsUnknownJurisdiction() {
    assertThatThrownBy(() -> Jurisdiction.of("fr")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Jurisdiction.of("ew")).isEqualTo(Jurisdiction.EW);
    assertThat(json.writeValueAsString(Jurisdiction.CPT)).isEqualTo("\"cpt\"");
  }

  @Test
  void storedEventRoundTrip() {
    var stored =
        new StoredEvent(
            3,
            cellVisitedAt("2026-03-02T02:00+05:00"),
            at("2026-03-02T09:30+05:00"),
            "officer",
            17L);

    String text = json.writeValueAsString(stored);

    assertThat(json.readValue(text, StoredEvent.class)).isEqualTo(stored);
    assertThat(json.readTree(text).get("event").get("type").asString()).isEqualTo("CellVisited");
  }
}
