package org.habeas.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.Ed25519Keys;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.SignedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

  static final String SPEC_EXAMPLE =
      "example.com/behind-the-sofa\n"
          + "20852163\n"
          + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
          + "\n"
          + "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";

  @Test
  void readsTheTlogCheckpointSpecExample() {
    SignedNote note = SignedNote.parse(SPEC_EXAMPLE);
    Checkpoint checkpoint = Checkpoint.fromNote(note);

    assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
    assertThat(checkpoint.size()).isEqualTo(20852163);
    assertThat(checkpoint.rootHash())
        .isEqualTo(Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="));
    assertThat(checkpoint.extensionLines()).isEmpty();
    assertThat(note.signatures().getFirst().keyId()).isEqualTo(0x033de0ae);
    assertThat(checkpoint.body()).isEqualTo(note.text());
  }

  @Test
  void checkpointRoundTripsThroughSignedNote() {
    Ed25519NoteSigner log =
        Ed25519NoteSigner.fromSeed(
            "custody.example.org/log/v1", Ed25519Keys.newSeed(new SecureRandom()));
    Checkpoint checkpoint =
        new Checkpoint(
            "custody.example.org/log/v1", 42, MerkleHash.leafHash(new byte[0]), List.of("x y"));

    SignedNote parsed = SignedNote.parse(SignedNote.sign(checkpoint.body(), log).encoded());

    assertThat(parsed.verify(List.of(log.verifier()))).hasSize(1);
    assertThat(Checkpoint.fromNote(parsed)).isEqualTo(checkpoint);
  }

  @Test
  void writesTheEmptyTreeAsSizeZero() {
    assertThat(Checkpoint.empty("log.example").body())
        .isEqualTo("log.example\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "origin\n042\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n9223372036854775808\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n",
        "origin\n42\nZG9uJ3QgY2FyZSAy\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",
        "origin\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=",
        "\n42\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "origin\n42\n"
      })
  void rejectsMalformedCheckpoints(String body) {
    assertThatThrownBy(() -> Checkpoint.parse(body)).isInstanceOf(IllegalArgumentException.class);
  }
}
