package org.habeas.ledger.note;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CosignatureTest {

  static final String SOFA =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  private final Clock clock = Clock.fixed(Instant.ofEpochSecond(1679315147), ZoneOffset.UTC);
  private final byte[] seed = Ed25519Keys.newSeed(new SecureRandom());
  private final Cosigner witness = Cosigner.fromSeed("witness.example.com/w1", seed, clock);

  @Test
  void signsTheMessageTheSpecDefines() {
    assertThat(new String(Cosignatures.message(1679315147, SOFA.getBytes(UTF_8)), UTF_8))
        .isEqualTo("cosignature/v1\ntime 1679315147\n" + SOFA);
  }

  @Test
  void readsTheTimeOfTheSpecExampleCosignature() {
    SignedNote note =
        SignedNote.parse(
            SOFA
                + "\n"
                + "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
                + "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n");

    assertThat(Cosignatures.timestamp(note.signatures().get(1)))
        .isEqualTo(Instant.ofEpochSecond(1679315147));
    assertThatThrownBy(() -> Cosignatures.timestamp(note.signatures().get(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheTimeOfTransparencyDevFormatsExample() {
    NoteSignature signature =
        NoteSignature.parseLine(
            "— w ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==");

    assertThat(Cosignatures.timestamp(signature)).isEqualTo(Instant.ofEpochSecond(1727964367));
  }

  @Test
  void cosignsWithATimestampedType4Signature() {
    SignedNote note = SignedNote.sign(SOFA, witness);
    NoteSignature cosignature = note.signatures().getFirst();

    assertThat(cosignature.signature()).hasSize(8 + 64);
    assertThat(Cosignatures.timestamp(cosignature)).isEqualTo(clock.instant());
    assertThat(witness.keyId())
        .isEqualTo(
            KeyNames.keyId(
                "witness.example.com/w1", (byte) 0x04, witness.verifierKey().publicKey()))
        .isNotEqualTo(Ed25519NoteSigner.fromSeed("witness.example.com/w1", seed).keyId());
    assertThat(SignedNote.parse(note.encoded()).verify(List.of(witness.verifier())))
        .containsExactly(cosignature);
  }

  @Test
  void verifiesLogSignatureAndCosignatureOnOneCheckpoint() {
    Ed25519NoteSigner log =
        Ed25519NoteSigner.fromSeed(
            "example.com/behind-the-sofa", Ed25519Keys.newSeed(new SecureRandom()));
    SignedNote note = SignedNote.sign(SOFA, log).signedBy(witness);
    CosignatureVerifier fromVkey = CosignatureVerifier.parse(witness.verifierKey().encoded());

    assertThat(SignedNote.parse(note.encoded()).verify(List.of(log.verifier(), fromVkey)))
        .hasSize(2);
  }

  @Test
  void rejectsCosignatureWithAlteredTimestamp() {
    byte[] signature = witness.signAt(1679315147, SOFA.getBytes(UTF_8));
    signature[7]++;

    assertThat(witness.verifier().verify(SOFA.getBytes(UTF_8), signature)).isFalse();
  }

  @Test
  void coversExtensionLines() {
    byte[] signature = witness.sign((SOFA + "extension\n").getBytes(UTF_8));

    assertThat(witness.verifier().verify((SOFA + "extension\n").getBytes(UTF_8), signature))
        .isTrue();
    assertThat(witness.verifier().verify((SOFA + "extensioN\n").getBytes(UTF_8), signature))
        .isFalse();
  }

  @Test
  void aNoteKeyDoesNotAcceptACosignatureOfTheSameSeed() {
    Ed25519NoteVerifier sameSeed =
        Ed25519NoteSigner.fromSeed("witness.example.com/w1", seed).verifier();
    SignedNote note = SignedNote.sign(SOFA, witness);

    assertThatThrownBy(() -> note.verify(List.of(sameSeed)))
        .isInstanceOf(InvalidNoteException.class);
  }

  @Test
  void refusesToCosignAtOrBeforeTheEpoch() {
    assertThatThrownBy(() -> witness.signAt(0, SOFA.getBytes(UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
