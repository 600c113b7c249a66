package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record whose stored events have a gap, or fewer than the log committed to, is missing events
 * (issue 14, finding 3: an injury deleted with the triggers bypassed went unnoticed on the page).
 */
class MissingEventsTest {

  @Test
  void aWholeRecordMissesNothing() {
    assertThat(MissingEvents.of(List.of(1, 2, 3), List.of(1, 2, 3))).isEmpty();
  }

  @Test
  void aRecordStoredBeforeTheLogKnewItMissesNothing() {
    assertThat(MissingEvents.of(List.of(1, 2, 3), List.of())).isEmpty();
  }

  @Test
  void aGapInTheStoredSeqsIsAMissingEvent() {
    assertThat(MissingEvents.of(List.of(1, 2, 4, 6), List.of())).containsExactly(3, 5);
  }

  @Test
  void theLastEventDeletedIsMissingByTheLogsCount() {
    assertThat(MissingEvents.of(List.of(1, 2, 3), List.of(1, 2, 3, 4, 5))).containsExactly(4, 5);
  }

  @Test
  void missingSeqsAreShownAsOneText() {
    assertThat(MissingEvents.shown(List.of(3, 5))).isEqualTo("3, 5");
  }
}
