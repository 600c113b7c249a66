package org.habeas.custody.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.habeas.custody.BodyRegion;
import org.habeas.custody.InjuryAge;
import org.habeas.custody.InjuryKind;
import org.habeas.system.Problem.FieldProblem;
import org.junit.jupiter.api.Test;

/** The injury form read into body-map marks, every problem at once (issue 15). */
class InjuryFormTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  @Test
  void readsTheMarkedRegionsInBodyOrder() {
    var read =
        InjuryForm.read(
            List.of("LEFT_FOOT", "FACE"),
            Map.of(
                "occurredAt", "2026-12-01T10:15",
                "kind.FACE", "BRUISE",
                "size.FACE", "3,50",
                "age.FACE", "DAYS_1_3",
                "note.FACE", " oval ",
                "kind.LEFT_FOOT", "BURN",
                "account", "beaten in the van"),
            ZONE);
    assertThat(read.problems()).isEmpty();
    assertThat(read.occurredAt()).hasToString("2026-12-01T05:15:00Z");
    assertThat(read.marks()).hasSize(2);
    var face = read.marks().getFirst();
    assertThat(face.region()).isEqualTo(BodyRegion.FACE);
    assertThat(face.kind()).isEqualTo(InjuryKind.BRUISE);
    assertThat(face.sizeCm()).isEqualByComparingTo(new BigDecimal("3.5"));
    assertThat(face.age()).isEqualTo(InjuryAge.DAYS_1_3);
    assertThat(face.description()).isEqualTo("oval");
    assertThat(read.marks().get(1).region()).isEqualTo(BodyRegion.LEFT_FOOT);
    assertThat(read.account()).isEqualTo("beaten in the van");
    assertThat(read.description()).isNull();
  }

  @Test
  void everyProblemAtOnceNamedByItsInput() {
    var read =
        InjuryForm.read(
            List.of("FACE", "CHEST", "TAIL"),
            Map.of(
                "occurredAt", "yesterday",
                "size.FACE", "0",
                "kind.CHEST", "STAB",
                "age.CHEST", "ANCIENT",
                "size.CHEST", "many",
                "account", "x".repeat(InjuryForm.MAX_TEXT + 1)),
            ZONE);
    assertThat(read.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "occurredAt",
            "regions",
            "kind.FACE",
            "size.FACE",
            "kind.CHEST",
            "size.CHEST",
            "age.CHEST",
            "account");
    assertThat(read.problems())
        .filteredOn(p -> p.field().equals("kind.FACE"))
        .extracting(FieldProblem::code)
        .containsExactly("field.NotBlank");
    assertThat(read.problems())
        .filteredOn(p -> p.field().equals("size.FACE"))
        .extracting(FieldProblem::code)
        .containsExactly("bodymap.sizeRange");
  }

  @Test
  void atLeastOneRegion() {
    var read = InjuryForm.read(List.of(), Map.of("occurredAt", "2026-12-01T10:15"), ZONE);
    assertThat(read.problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("regions", "bodymap.noRegion"));
  }
}
