package org.habeas.training.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.habeas.training.Staff;
import org.habeas.training.moodle.Matching.Status;
import org.junit.jupiter.api.Test;

/** Matching report rows to the staff directory: sure by number or e-mail, by name only proposed. */
class MatchingTest {

  private static final List<Staff> DIRECTORY =
      List.of(
          staff("1", "KZ-AST-101", "Aigerim Seitkali", "aigerim@police.kz"),
          staff("2", "KZ-AST-102", "Serik Akhmetov", null),
          staff("3", "KZ-ALM-201", "Dana Omarova", null),
          staff("4", "KZ-KAR-301", "Dana Omarova", null),
          staff("5", "KZ-KAR-302", "Фёдор Ким", null));

  @Test
  void matchesByPersonnelNumberWhateverTheCaseAndSpaces() {
    var m = Matching.match(row(" kz-ast-101 ", "", "Someone", "Else"), DIRECTORY);

    assertThat(m.status()).isEqualTo(Status.BY_NUMBER);
    assertThat(m.staff().id()).isEqualTo("1");
    assertThat(m.status().sure()).isTrue();
  }

  @Test
  void fallsBackToEmailWhenTheNumberIsUnknown() {
    var m = Matching.match(row("X-999", "AIGERIM@police.kz", "A", "S"), DIRECTORY);

    assertThat(m.status()).isEqualTo(Status.BY_EMAIL);
    assertThat(m.staff().id()).isEqualTo("1");
  }

  @Test
  void proposesANameMatchForConfirmationInEitherOrder() {
    var m = Matching.match(row("", "", "Akhmetov", "Serik"), DIRECTORY);

    assertThat(m.status()).isEqualTo(Status.BY_NAME_TO_CONFIRM);
    assertThat(m.staff().id()).isEqualTo("2");
    assertThat(m.status().sure()).isFalse();
    assertThat(m.status().importable()).isTrue();
    assertThat(Matching.match(row("", "", "Федор", "Ким"), DIRECTORY).staff().id()).isEqualTo("5");
  }

  @Test
  void refusesANameSeveralPeopleShare() {
    var m = Matching.match(row("", "", "Dana", "Omarova"), DIRECTORY);

    assertThat(m.status()).isEqualTo(Status.AMBIGUOUS_NAME);
    assertThat(m.staff()).isNull();
    assertThat(m.status().importable()).isFalse();
  }

  @Test
  void saysWhyARowMatchesNobody() {
    assertThat(Matching.match(row("KZ-000", "", "No", "Body"), DIRECTORY).status())
        .isEqualTo(Status.UNKNOWN_NUMBER);
    assertThat(Matching.match(row("", "", "No", "Body"), DIRECTORY).status())
        .isEqualTo(Status.NO_MATCH);
    var notDone =
        new MoodleReport.Row(2, "Aigerim", "Seitkali", "KZ-AST-101", "", false, null, null);
    assertThat(Matching.match(notDone, DIRECTORY).status()).isEqualTo(Status.NOT_COMPLETED);
  }

  private static MoodleReport.Row row(String id, String email, String first, String last) {
    return new MoodleReport.Row(2, first, last, id, email, true, null, null);
  }

  private static Staff staff(String id, String number, String name, String email) {
    return new Staff(id, number, name, email, "police-officer", "police", "f", null, null, "ru");
  }
}
