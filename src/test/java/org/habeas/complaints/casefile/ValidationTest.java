package org.habeas.complaints.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.junit.jupiter.api.Test;

/** What a user types becomes an item's values, or every bad field is named. */
class ValidationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private static Validation.Context ctx(CaseFile file) {
    return new Validation.Context(file, "kz-ast-tdf1"::equals, "doctor"::equals, TODAY, null);
  }

  private static List<String> fieldCodes(Kind kind, Map<String, String> input, CaseFile file) {
    var p = catchThrowableOfType(Problem.class, () -> Validation.check(kind, input, ctx(file)));
    assertThat(p).as("refused").isNotNull();
    return p.fields().stream().map(f -> f.field() + ":" + f.code()).toList();
  }

  @Test
  void parsesAValidActIntoTypedValues() {
    var values =
        Validation.check(
            Kind.ACT,
            Map.of(
                "actType",
                "BEATING",
                "occurredOn",
                "2026-11-20",
                "place",
                " cell 4 ",
                "facility",
                "kz-ast-tdf1"),
            ctx(CaseFile.fold(List.of())));
    assertThat(values)
        .containsEntry("actType", "BEATING")
        .containsEntry("occurredOn", LocalDate.of(2026, 11, 20))
        .containsEntry("place", "cell 4")
        .doesNotContainKey("description");
  }

  @Test
  void namesEveryMissingOrMalformedField() {
    assertThat(
            fieldCodes(
                Kind.ACT,
                Map.of("occurredOn", "20.11.2026", "facility", "x"),
                CaseFile.fold(List.of())))
        .containsExactlyInAnyOrder(
            "actType:field.NotBlank",
            "occurredOn:field.wrongType",
            "place:field.NotBlank",
            "facility:casefile.field.unknownFacility");
  }

  @Test
  void refusesDatesInTheFutureAndEndsBeforeStarts() {
    assertThat(
            fieldCodes(
                Kind.ACT,
                Map.of("actType", "BEATING", "occurredOn", "2026-12-31", "place", "x"),
                CaseFile.fold(List.of())))
        .containsExactly("occurredOn:field.PastOrPresent");
    assertThat(
            fieldCodes(
                Kind.ACT,
                Map.of(
                    "actType",
                    "OTHER",
                    "occurredOn",
                    "2026-11-20",
                    "occurredUntil",
                    "2026-11-01",
                    "place",
                    "x"),
                CaseFile.fold(List.of())))
        .containsExactly(
            "otherType:casefile.field.otherTypeNeeded",
            "occurredUntil:casefile.field.untilBeforeOn");
  }

  @Test
  void anInvolvementLinksAnExistingActToExactlyOneParty() {
    var act = UUID.randomUUID();
    var victim = UUID.randomUUID();
    var perpetrator = UUID.randomUUID();
    var file =
        CaseFile.fold(
            List.of(
                entry(Kind.ACT, act),
                entry(Kind.VICTIM, victim),
                entry(Kind.PERPETRATOR, perpetrator)));
    assertThat(
            fieldCodes(
                Kind.INVOLVEMENT,
                Map.of("act", victim.toString(), "victim", victim.toString()),
                file))
        .containsExactly("act:casefile.field.unknownItem");
    assertThat(fieldCodes(Kind.INVOLVEMENT, Map.of("act", act.toString()), file))
        .containsExactly("victim:casefile.field.oneParty");
    assertThat(
            fieldCodes(
                Kind.INVOLVEMENT,
                Map.of("act", act.toString(), "perpetrator", perpetrator.toString()),
                file))
        .containsExactly("degree:casefile.field.degreeNeeded");
    assertThat(
            Validation.check(
                Kind.INVOLVEMENT,
                Map.of("act", act.toString(), "victim", victim.toString()),
                ctx(file)))
        .containsEntry("victim", victim);
  }

  @Test
  void theExaminerMustBeADoctorAndPrivacyNeedsWhoWasThere() {
    assertThat(
            fieldCodes(Kind.EXAMINATION, Map.of("examiner", "monitor"), CaseFile.fold(List.of())))
        .containsExactly("examiner:casefile.field.notADoctor");
    var exam = UUID.randomUUID();
    var file = CaseFile.fold(List.of(entry(Kind.EXAMINATION, exam)));
    assertThat(
            fieldCodes(
                Kind.CONDITIONS,
                Map.of("examination", exam.toString(), "consentGiven", "yes", "inPrivate", "false"),
                file))
        .containsExactly("consentGiven:field.oneOf");
    assertThat(
            fieldCodes(
                Kind.CONDITIONS,
                Map.of(
                    "examination", exam.toString(), "consentGiven", "false", "inPrivate", "false"),
                file))
        .containsExactly("othersPresent:casefile.field.othersPresentNeeded");
  }

  @Test
  void aCorrectionMustSayWhy() {
    var p = catchThrowableOfType(Problem.class, () -> Validation.reason("  "));
    assertThat(p.fields()).extracting(FieldProblem::field).containsExactly("reason");
    assertThat(Validation.reason(" typo ")).isEqualTo("typo");
  }

  private static Entry entry(Kind kind, UUID id) {
    return new Entry(kind, id, 1, false, null, "monitor", java.time.Instant.EPOCH, Map.of());
  }
}
