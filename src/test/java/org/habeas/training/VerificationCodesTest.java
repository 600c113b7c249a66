package org.habeas.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Verification codes: random, printed in groups, read back forgivingly. */
class VerificationCodesTest {

  @Test
  void codesAreRandomAndReadBackAsPrinted() {
    var seen = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      var code = VerificationCodes.next();
      assertThat(code).hasSize(24).matches("[0-9A-HJKMNP-TV-Z]+");
      assertThat(seen.add(code)).isTrue();
      assertThat(VerificationCodes.read(VerificationCodes.printed(code))).contains(code);
    }
  }

  @Test
  void forgivesCaseSpacesAndLookAlikeLetters() {
    var code = "0123456789ABCDEFGHJKMNPQ";
    assertThat(VerificationCodes.printed(code)).isEqualTo("0123-4567-89AB-CDEF-GHJK-MNPQ");
    assertThat(VerificationCodes.read("o123 4567 89ab cdef ghjk mnpq")).contains(code);
    assertThat(VerificationCodes.read("l123-4567-89AB-CDEF-GHJK-MNPQ"))
        .contains("1123456789ABCDEFGHJKMNPQ");
    assertThat(VerificationCodes.read("too-short")).isEmpty();
    assertThat(VerificationCodes.read("0123-4567-89AB-CDEF-GHJK-MNP!")).isEmpty();
  }
}
