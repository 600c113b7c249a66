package org.habeas.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

  @Test
  void convertsRawPublicKeysToJdkKeysAndBack() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] raw = Ed25519Keys.rawPublicKey(pair.getPublic());

    assertThat(raw).hasSize(32);
    assertThat(Ed25519Keys.publicKey(raw)).isEqualTo(pair.getPublic());
  }

  @Test
  void derivesThePublicKeyOfAGoSeed() {
    Ed25519NoteSigner signer = Ed25519NoteSigner.fromPrivateKeyText(GoNoteVectors.PETER_SKEY);

    assertThat(signer.keyId()).isEqualTo(0xc74f20a3);
    assertThat(signer.verifierKey().encoded()).isEqualTo(GoNoteVectors.PETER_VKEY);
  }

  @Test
  void writesPrivateKeyTextGoCanRead() {
    byte[] typedSeed = Base64.getDecoder().decode("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
    byte[] seed = java.util.Arrays.copyOfRange(typedSeed, 1, 33);

    assertThat(Ed25519NoteSigner.privateKeyText("PeterNeumann", seed))
        .isEqualTo(GoNoteVectors.PETER_SKEY);
  }

  @Test
  void keepsTheSeedOfAGeneratedPair() {
    byte[] seed = Ed25519Keys.newSeed(new SecureRandom());
    KeyPair pair = Ed25519Keys.keyPair(seed);

    assertThat(Ed25519Keys.privateKey(seed).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
  }

  @Test
  void rejectsPrivateKeyTextWithAnotherKeysId() {
    String wrongId = GoNoteVectors.PETER_SKEY.replace("c74f20a3", "c74f20a4");

    assertThatThrownBy(() -> Ed25519NoteSigner.fromPrivateKeyText(wrongId))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsEveryManglingOfAPrivateKeyText() {
    byte[] b = GoNoteVectors.PETER_SKEY.getBytes(StandardCharsets.US_ASCII);
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
  void rejectsKeysOfTheWrongLength() {
    assertThatThrownBy(() -> Ed25519Keys.publicKey(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ed25519Keys.keyPair(HexFormat.of().parseHex("00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRejected(String skey) {
    assertThatThrownBy(() -> Ed25519NoteSigner.fromPrivateKeyText(skey))
        .as(skey)
        .isInstanceOf(IllegalArgumentException.class);
  }
}
