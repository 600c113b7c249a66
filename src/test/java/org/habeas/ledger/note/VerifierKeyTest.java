package org.habeas.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class VerifierKeyTest {

  @Test
  void parsesTheSignedNoteSpecExample() {
    VerifierKey key = VerifierKey.parse(GoNoteVectors.SPEC_VKEY);

    assertThat(key.keyName()).isEqualTo("example.com/foo");
    assertThat(key.type()).isEqualTo(VerifierKey.ED25519);
    assertThat(key.keyId()).isEqualTo(0x530d903a);
    assertThat(HexFormat.of().formatHex(key.publicKey()))
        .isEqualTo("e932791ae6e7a840a46164c904786426d5e7821dd8b29a00d61cae72afdd4da4");
    assertThat(key.encoded()).isEqualTo(GoNoteVectors.SPEC_VKEY);
  }

  @Test
  void parsesKeyWhoseBase64ContainsAPlus() {
    String vkey = "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6";

    assertThat(VerifierKey.parse(vkey).encoded()).isEqualTo(vkey);
  }

  @Test
  void derivesKeyIdFromNameTypeAndKey() {
    VerifierKey peter = VerifierKey.parse(GoNoteVectors.PETER_VKEY);

    assertThat(KeyNames.keyId("PeterNeumann", VerifierKey.ED25519, peter.publicKey()))
        .isEqualTo(0xc74f20a3);
    assertThat(KeyNames.keyId("PeterNeumann", VerifierKey.COSIGNATURE_V1, peter.publicKey()))
        .isNotEqualTo(0xc74f20a3);
    assertThat(VerifierKey.of("PeterNeumann", VerifierKey.ED25519, peter.publicKey()))
        .isEqualTo(peter);
  }

  @Test
  void rejectsEveryManglingOfAVerifierKey() {
    byte[] b = GoNoteVectors.PETER_VKEY.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i <= b.length; i++) {
      for (int j = i + 1; j <= b.length; j++) {
        if (i != 0 || j != b.length) {
          assertRejected(new String(b, i, j - i, StandardCharsets.US_ASCII));
        }
      }
    }
    for (int i = 0; i < b.length; i++) {
      b[i]++;
      assertRejected(new String(b, StandardCharsets.US_ASCII));
      b[i]--;
    }
  }

  @Test
  void rejectsWrongKeyLengthAndUnknownAlgorithm() {
    assertRejected("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==");
    assertRejected("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
  }

  @Test
  void rejectsInvalidKeyNames() {
    byte[] key = VerifierKey.parse(GoNoteVectors.PETER_VKEY).publicKey();

    for (String name : new String[] {"", "a b", "a+b", "a\u00a0b", "a\tb"}) {
      assertThatThrownBy(() -> VerifierKey.of(name, VerifierKey.ED25519, key))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static void assertRejected(String vkey) {
    assertThatThrownBy(() -> VerifierKey.parse(vkey))
        .as(vkey)
        .isInstanceOf(IllegalArgumentException.class);
  }
}
