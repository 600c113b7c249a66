package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access index keeps people's names as keyed hashes (issue 14, finding 9: lawyers' and
 * interrogators' names stayed in clear in custody_party).
 */
class PartyKeysTest {

  private final PartyKeys keys = new PartyKeys(new byte[32]);

  @Test
  void aPersonsNameIsKeptAsAKeyedHashTheSameHoweverItIsTyped() {
    var key = keys.of(Parties.LAWYER, "Gulnara  Tasheva ");

    assertThat(key).hasSize(64).doesNotContainIgnoringCase("tasheva");
    assertThat(keys.of(Parties.LAWYER, "gulnara tasheva")).isEqualTo(key);
  }

  @Test
  void anotherKeyGivesOtherHashes() {
    var other = new byte[32];
    other[0] = 1;

    assertThat(new PartyKeys(other).of(Parties.LAWYER, "Gulnara Tasheva"))
        .isNotEqualTo(keys.of(Parties.LAWYER, "Gulnara Tasheva"));
    assertThat(new PartyKeys(other).fingerprint()).isNotEqualTo(keys.fingerprint());
  }

  @Test
  void aFacilityIdIsNoOnesPersonalDataAndStaysAsItIs() {
    assertThat(keys.of(Parties.FACILITY, "kz-ast-tdf1")).isEqualTo("kz-ast-tdf1");
  }

  @Test
  void theKeyFileIsWrittenOnceAndThenRead(@TempDir Path dir) throws Exception {
    var file = dir.resolve("keys/custody-party.key");

    var first = new PartyKeys("", file);
    var again = new PartyKeys("", file);

    assertThat(Files.readString(file).strip()).hasSize(44);
    assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(new PartyKeys(Files.readString(file).strip(), dir.resolve("unused")).fingerprint())
        .isEqualTo(first.fingerprint());
  }
}
