package org.habeas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A difference from a baseline is told by row, field, before and after; order never matters. */
class RegressionBaselineTest {

  private final RegressionBaseline baseline =
      new RegressionBaseline("x.tsv", List.of("record", "rule", "status", "due"), 2);

  @Test
  void namesTheRowTheFieldAndBothValues() {
    var before =
        List.of(List.of("kz/a/1", "r1", "PENDING", "10:00"), List.of("kz/a/1", "r2", "MET", "-"));
    var now =
        List.of(List.of("kz/a/1", "r2", "MET", "-"), List.of("kz/a/1", "r1", "BREACHED", "10:00"));

    assertThat(baseline.diff(before, now)).isEqualTo("  kz/a/1 r1: status: PENDING → BREACHED\n");
  }

  @Test
  void namesRowsGoneAndNew() {
    var before = List.of(List.of("kz/a/1", "r1", "MET", "-"));
    var now = List.of(List.of("kz/a/1", "r3", "MET", "-"));

    assertThat(baseline.diff(before, now))
        .isEqualTo(
            "- kz/a/1 r1 (row gone): status=MET, due=-\n+ kz/a/1 r3 (new row): status=MET, due=-\n");
  }

  @Test
  void theSameRowsInAnotherOrderAreNoDifference() {
    var rows = List.of(List.of("b", "r", "MET", "-"), List.of("a", "r", "MET", "-"));

    assertThat(baseline.diff(rows, rows.reversed())).isEmpty();
  }
}
