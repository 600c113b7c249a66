package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgedColumnTest {

  @Test
  void aJudgementReadsBackAsItWasWritten() {
    var review =
        new RecordJudged.Deadline(
            "kz.court-48h",
            Map.of(
                "en", "Court within 48 h", "ru", "Суд в течение 48 ч", "kk", "48 сағ ішінде сот"),
            Instant.parse("2026-12-08T10:00:00Z"));
    var judged =
        new RecordJudged(
            "r1", Instant.parse("2026-12-07T10:00:00Z"), review.at(), null, review, review, 2);

    var read = JudgedColumn.read(JudgedColumn.write(judged));

    assertThat(read).isEqualTo(judged);
    assertThat(read.review().title("ru")).isEqualTo("Суд в течение 48 ч");
    assertThat(read.review().title("de")).isEqualTo("Court within 48 h");
  }

  @Test
  void nothingStoredOrUnreadableIsNoJudgement() {
    assertThat(JudgedColumn.read(null)).isNull();
    assertThat(JudgedColumn.read("not json")).isNull();
  }
}
