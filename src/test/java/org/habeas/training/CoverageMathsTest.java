package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habeas.training.CoverageMaths.Member;
import org.junit.jupiter.api.Test;

/** Coverage per facility and team, beside compliance and complaints. */
class CoverageMathsTest {

  @Test
  void sharesPerSubjectPerFacilityAndTeam() {
    var staff =
        List.of(
            new Member("a", "f1", "Shift A"),
            new Member("b", "f1", "Shift A"),
            new Member("c", "f1", "Shift B"),
            new Member("d", "f1", "Shift B"),
            new Member("e", "f2", null),
            new Member("x", null, null));
    var trained =
        Map.of(
            "a", Set.of("ill-treatment", "cpt-standards"),
            "b", Set.of("ill-treatment"),
            "c", Set.of("data-protection"));

    var rows = CoverageMaths.rows(staff, trained, Map.of("f1", 0.755), Map.of("f1", 3L));

    assertThat(rows)
        .extracting(CoverageMaths.Row::facilityId, CoverageMaths.Row::team)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("f1", null),
            org.assertj.core.groups.Tuple.tuple("f1", "Shift A"),
            org.assertj.core.groups.Tuple.tuple("f1", "Shift B"),
            org.assertj.core.groups.Tuple.tuple("f2", null));
    var f1 = rows.getFirst();
    assertThat(f1.staff()).isEqualTo(4);
    assertThat(f1.bySubject().get("ill-treatment").percent()).isEqualTo(50L);
    assertThat(f1.bySubject().get("cpt-standards").percent()).isEqualTo(25L);
    assertThat(f1.any()).isEqualTo(new CoverageMaths.Share(3, 4));
    assertThat(f1.compliance()).isEqualTo(76L);
    assertThat(f1.complaints()).isEqualTo(3L);
    assertThat(rows.get(1).bySubject().get("ill-treatment").percent()).isEqualTo(100L);
    assertThat(rows.get(2).bySubject().get("ill-treatment").percent()).isEqualTo(0L);
    var f2 = rows.get(3);
    assertThat(f2.compliance()).isNull();
    assertThat(f2.complaints()).isEqualTo(0L);
    assertThat(f2.any().percent()).isEqualTo(0L);
  }

  @Test
  void complaintsStayUnknownWhenNoModuleCountsThem() {
    var rows = CoverageMaths.rows(List.of(new Member("a", "f1", null)), Map.of(), Map.of(), null);

    assertThat(rows.getFirst().complaints()).isNull();
  }

  @Test
  void overallComplianceIsMetOverAllThatFellDue() {
    assertThat(CoverageMaths.overall(3, 1, 0)).isEqualTo(0.75);
    assertThat(CoverageMaths.overall(0, 0, 0)).isNull();
    assertThat(new CoverageMaths.Share(0, 0).percent()).isNull();
  }
}
