package org.habeas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RawTextTest {

  @Test
  void findsMissingKeysEnumNamesAndCodes() {
    var page =
        "Статус ??complaint.status.x_ru?? · status UNDER_EXAMINATION · complainantRole LAWYER ·"
            + " CellVisited at 10:00";

    var found = RawText.findings(page, Set.of());

    assertThat(found)
        .hasSize(5)
        .anySatisfy(f -> assertThat(f).startsWith("«??complaint.status.x_ru??»"))
        .anySatisfy(f -> assertThat(f).startsWith("«UNDER_EXAMINATION»"))
        .anySatisfy(f -> assertThat(f).startsWith("«complainantRole»"))
        .anySatisfy(f -> assertThat(f).startsWith("«LAWYER»"))
        .anySatisfy(f -> assertThat(f).startsWith("«CellVisited»"));
  }

  @Test
  void leavesWordsAcronymsAndReferencesAlone() {
    var page =
        "Жалоба HC-7KX2-P9QF принята. IIN 940211300123, CPT, PDF, HELP, PostgreSQL, 14:05 (Asia/Almaty)"
            + " Lawyer notified · Open records · kz-ast-tdf1 · RUN-C5B908A0 · DESK-C4D954";

    assertThat(RawText.findings(page, Set.of())).isEmpty();
  }

  @Test
  void aRecordsPseudonymIsNotACode() {
    assertThat(RawText.findings("Test Person D-B1B66A38 held", Set.of())).isEmpty();
    assertThat(RawText.findings("Test Person D-B1B66A38 CellVisited", Set.of()))
        .singleElement()
        .satisfies(f -> assertThat(f).startsWith("«CellVisited»"));
  }

  @Test
  void anAllowedWordIsNotAFinding() {
    assertThat(RawText.findings("Open in JavaScript", Set.of("JavaScript"))).isEmpty();
  }
}
