package org.habeas.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habeas.ledger.note.GoNoteVectors.ENOCH_SIG;
import static org.habeas.ledger.note.GoNoteVectors.ENOCH_VKEY;
import static org.habeas.ledger.note.GoNoteVectors.PETER_SIG;
import static org.habeas.ledger.note.GoNoteVectors.PETER_SKEY;
import static org.habeas.ledger.note.GoNoteVectors.PETER_VKEY;
import static org.habeas.ledger.note.GoNoteVectors.TEXT;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedNoteTest {

  private final Ed25519NoteVerifier peter = Ed25519NoteVerifier.parse(PETER_VKEY);
  private final Ed25519NoteVerifier enoch = Ed25519NoteVerifier.parse(ENOCH_VKEY);

  @Test
  void signsExactlyAsGoSumdbNoteDoes() {
    SignedNote note = SignedNote.sign(TEXT, Ed25519NoteSigner.fromPrivateKeyText(PETER_SKEY));

    assertThat(note.encoded()).isEqualTo(TEXT + "\n" + PETER_SIG);
  }

  @Test
  void verifiesTheSignedNoteSpecExample() {
    SignedNote note = SignedNote.parse(GoNoteVectors.SPEC_NOTE);

    assertThat(note.text()).isEqualTo("This is an example message.\n");
    assertThat(note.verify(List.of(Ed25519NoteVerifier.parse(GoNoteVectors.SPEC_VKEY))))
        .extracting(NoteSignature::keyName)
        .containsExactly("example.com/foo");
  }

  @Test
  void verifiesKnownKeyAndIgnoresUnknownOnes() {
    SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + ENOCH_SIG);

    assertThat(note.signatures()).hasSize(2);
    assertThat(note.verify(List.of(peter)))
        .containsExactly(NoteSignature.parseLine(PETER_SIG.strip()));
    assertThat(note.verify(List.of(peter, enoch))).hasSize(2);
  }

  @Test
  void ignoresUnknownKeyThatSharesOnlyTheName() {
    String impostor = PETER_SIG.replace("x08go/", "AAAAAA");
    SignedNote note = SignedNote.parse(TEXT + "\n" + impostor + PETER_SIG);

    assertThat(note.verify(List.of(peter))).hasSize(1);
  }

  @Test
  void rejectsNoteThatNoKnownKeySigned() {
    SignedNote note = SignedNote.parse(TEXT + "\n" + ENOCH_SIG);

    assertThatThrownBy(() -> note.verify(List.of(peter)))
        .isInstanceOf(InvalidNoteException.class)
        .hasMessage("note has no verifiable signatures");
  }

  @Test
  void rejectsWholeNoteWhenAKnownKeysSignatureFails() {
    String broken = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);
    SignedNote note = SignedNote.parse(TEXT + "\n" + ENOCH_SIG + broken);

    assertThatThrownBy(() -> note.verify(List.of(peter, enoch)))
        .isInstanceOf(InvalidNoteException.class)
        .hasMessage("invalid signature for key PeterNeumann+c74f20a3");
  }

  @Test
  void rejectsAmbiguousKnownKeys() {
    SignedNote note = SignedNote.parse(TEXT + "\n" + ENOCH_SIG);

    assertThatThrownBy(() -> note.verify(List.of(enoch, peter, enoch)))
        .hasMessage("ambiguous key EnochRoot+af0cfe78");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        TEXT,
        TEXT + "\n",
        TEXT
            + "\n"
            + "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
        "\u0001" + TEXT + "\n" + PETER_SIG,
        TEXT
            + "\n"
            + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
        TEXT
            + "\n"
            + "- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        TEXT + "\n" + "— PeterNeumann x08g\n"
      })
  void rejectsMalformedNotes(String note) {
    assertThatThrownBy(() -> SignedNote.parse(note)).isInstanceOf(InvalidNoteException.class);
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] note = (TEXT + "\n" + PETER_SIG).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    note[0] = (byte) 0xff;

    assertThatThrownBy(() -> SignedNote.parse(note)).isInstanceOf(InvalidNoteException.class);
  }

  @Test
  void splitsTextFromSignaturesAtTheLastBlankLine() {
    SignedNote note = SignedNote.parse("first\n\nthird\n\n" + PETER_SIG);

    assertThat(note.text()).isEqualTo("first\n\nthird\n");
    assertThat(note.encoded()).isEqualTo("first\n\nthird\n\n" + PETER_SIG);
  }

  @Test
  void acceptsSixteenSignaturesAndRefusesMoreThanAHundred() {
    SignedNote sixteen = SignedNote.parse(TEXT + "\n" + PETER_SIG.repeat(16));
    assertThat(sixteen.verify(List.of(peter))).hasSize(1);

    assertThatThrownBy(() -> SignedNote.parse(TEXT + "\n" + PETER_SIG.repeat(101)))
        .isInstanceOf(InvalidNoteException.class);
  }

  @Test
  void replacesAnEarlierSignatureOfTheSameKey() {
    Ed25519NoteSigner signer = Ed25519NoteSigner.fromPrivateKeyText(PETER_SKEY);
    SignedNote stale =
        new SignedNote(TEXT, List.of(new NoteSignature("PeterNeumann", 0xc74f20a3, new byte[64])));

    assertThat(stale.signedBy(signer).encoded()).isEqualTo(TEXT + "\n" + PETER_SIG);
  }

  @Test
  void addsSignaturesOfSeveralKeys() {
    Ed25519NoteSigner log =
        Ed25519NoteSigner.fromSeed("log.example/v1", Ed25519Keys.newSeed(new SecureRandom()));
    SignedNote note = SignedNote.sign(TEXT, Ed25519NoteSigner.fromPrivateKeyText(PETER_SKEY), log);

    SignedNote parsed = SignedNote.parse(note.encoded());

    assertThat(parsed).isEqualTo(note);
    assertThat(parsed.verify(List.of(peter, log.verifier()))).hasSize(2);
  }
}
