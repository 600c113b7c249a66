package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one way every module keys a person: folded like the access index, one key per kind. */
class PersonKeysTest {

  private static final LocalDate BORN = LocalDate.parse("1990-05-05");

  private final PersonKeys keys = new PersonKeys(new PartyKeys(filled((byte) 7)));

  @Test
  void theSamePersonWrittenDifferentlyHasOneKey() {
    assertThat(keys.person("  Ерлан   ТЕСТОВ ", BORN)).isEqualTo(keys.person("ерлан тестов", BORN));
    assertThat(keys.nationalId("900505 300123")).isEqualTo(keys.nationalId("900505300123"));
  }

  @Test
  void anotherBirthDateOrAnotherKeyIsAnotherPerson() {
    assertThat(keys.person("Ерлан Тестов", BORN))
        .isNotEqualTo(keys.person("Ерлан Тестов", BORN.plusDays(1)));
    assertThat(keys.person("Ерлан Тестов", BORN))
        .isNotEqualTo(new PersonKeys(new PartyKeys(filled((byte) 8))).person("Ерлан Тестов", BORN));
  }

  @Test
  void eachKindHasItsOwnKeyAndNoneIsTheNameInClear() {
    var person = keys.person("Ерлан Тестов", BORN);
    var name = keys.name("Ерлан Тестов");
    assertThat(person).isNotEqualTo(name).doesNotContain("ерлан").hasSize(64);
    assertThat(name)
        .isNotEqualTo(new PartyKeys(filled((byte) 7)).of(Parties.PERSON, "Ерлан Тестов"));
  }

  @Test
  void whatIsMissingHasNoKey() {
    assertThat(keys.person("Ерлан Тестов", null)).isNull();
    assertThat(keys.person("  ", BORN)).isNull();
    assertThat(keys.nationalId(" ")).isNull();
    assertThat(keys.name(null)).isNull();
  }

  private static byte[] filled(byte b) {
    var key = new byte[32];
    Arrays.fill(key, b);
    return key;
  }
}
