package org.habeas.training.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading Moodle completion reports as Moodle exports them. */
class MoodleReportTest {

  @Test
  void readsAnEnglishReportWithByteOrderMarkQuotesAndDates() throws Exception {
    var rows =
        MoodleReport.parse(
            "\uFEFF\"First name\",\"Surname\",\"ID number\",\"Email address\",\"Course complete\","
                + "\"Completion date\",\"Grade\"\n"
                + "Aigerim,Seitkali,KZ-AST-101,a@x.kz,Completed,\"Monday, 2 March 2026, 10:15 AM\",\"87,5\"\n"
                + "Serik,\"Akhmetov, Jr\",,,Not completed,,\n");

    assertThat(rows).hasSize(2);
    var first = rows.getFirst();
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.fullName()).isEqualTo("Aigerim Seitkali");
    assertThat(first.idNumber()).isEqualTo("KZ-AST-101");
    assertThat(first.completed()).isTrue();
    assertThat(first.completedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(first.score()).isEqualByComparingTo(new BigDecimal("87.5"));
    assertThat(rows.get(1).surname()).isEqualTo("Akhmetov, Jr");
    assertThat(rows.get(1).completed()).isFalse();
  }

  @Test
  void readsSemicolonSeparatedRussianHeadersAndADateInTheStatus() throws Exception {
    var rows =
        MoodleReport.parse(
            "Имя;Фамилия;Адрес электронной почты;Курс завершен\n"
                + "Ольга;Пак;olga@x.kz;Завершено: 14.05.2026\n");

    assertThat(rows.getFirst().email()).isEqualTo("olga@x.kz");
    assertThat(rows.getFirst().completed()).isTrue();
    assertThat(rows.getFirst().completedOn()).isEqualTo(LocalDate.of(2026, 5, 14));
  }

  @Test
  void refusesAFileThatIsNotACompletionReport() {
    assertThatThrownBy(() -> MoodleReport.parse("name,age\nA,3\n"))
        .isInstanceOfSatisfying(
            MoodleReport.Unreadable.class,
            e -> assertThat(e.code()).isEqualTo("training.import.columnsMissing"));
    assertThatThrownBy(() -> MoodleReport.parse("\n"))
        .isInstanceOfSatisfying(
            MoodleReport.Unreadable.class,
            e -> assertThat(e.code()).isEqualTo("training.import.empty"));
  }

  @Test
  void tellsCompletedFromNotCompleted() {
    assertThat(MoodleReport.completed("Completed")).isTrue();
    assertThat(MoodleReport.completed("2026-03-02")).isTrue();
    assertThat(MoodleReport.completed("Yes")).isTrue();
    assertThat(MoodleReport.completed("")).isFalse();
    assertThat(MoodleReport.completed("-")).isFalse();
    assertThat(MoodleReport.completed("Not completed")).isFalse();
    assertThat(MoodleReport.completed("No")).isFalse();
    assertThat(MoodleReport.completed("In progress")).isFalse();
  }
}
