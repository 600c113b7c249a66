package org.habeas.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A C2SP signed note: a text of newline-terminated lines, a blank line, and one or more signature
 * lines.
 *
 * <p>The signed bytes are the text including its final newline but not the blank separator line.
 * Verification follows the spec: unknown keys are ignored, a known key whose signature fails
 * rejects the whole note, and a note no known key signed is rejected.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

  /** How many signature lines a note may carry; the spec requires accepting at least 16. */
  public static final int MAX_SIGNATURES = 100;

  /** Checks that the text is a valid note text and the signature count is within bounds. */
  public SignedNote {
    requireValidText(text);
    signatures = List.copyOf(signatures);
    if (signatures.size() > MAX_SIGNATURES) {
      throw new InvalidNoteException("too many signatures");
    }
  }

  /** Returns {@code text} signed by every one of {@code signers}, in order. */
  public static SignedNote sign(String text, NoteSigner... signers) {
    SignedNote note = new SignedNote(text, List.of());
    for (NoteSigner signer : signers) {
      note = note.signedBy(signer);
    }
    return note;
  }

  /**
   * Returns this note with a signature by {@code signer}, replacing any earlier one by that key.
   */
  public SignedNote signedBy(NoteSigner signer) {
    return with(NoteSignature.sign(textBytes(), signer));
  }

  /** Returns this note with one more signature line, such as a witness's cosignature. */
  public SignedNote with(NoteSignature signature) {
    List<NoteSignature> all = new ArrayList<>(signatures);
    all.removeIf(s -> s.keyName().equals(signature.keyName()) && s.keyId() == signature.keyId());
    all.add(signature);
    return new SignedNote(text, all);
  }

  /** Parses a note from its UTF-8 bytes, rejecting invalid UTF-8. */
  public static SignedNote parse(byte[] note) {
    try {
      return parse(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(note))
              .toString());
    } catch (CharacterCodingException e) {
      throw new InvalidNoteException("note is not valid UTF-8");
    }
  }

  /** Parses a note from its text form. */
  public static SignedNote parse(String note) {
    requireNoControlCharacters(note);
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n") || split + 2 == note.length()) {
      throw new InvalidNoteException("malformed note: no signature block");
    }
    List<NoteSignature> signatures = new ArrayList<>();
    String block = note.substring(split + 2);
    for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
      signatures.add(NoteSignature.parseLine(line));
      if (signatures.size() > MAX_SIGNATURES) {
        throw new InvalidNoteException("too many signatures");
      }
    }
    return new SignedNote(note.substring(0, split + 1), signatures);
  }

  /**
   * Returns the signatures that {@code known} keys verify, in note order, without duplicates.
   *
   * @throws InvalidNoteException if a known key's signature fails, if two known keys share a name
   *     and ID, or if no known key signed the note
   */
  public List<NoteSignature> verify(Collection<? extends NoteVerifier> known) {
    Set<NoteSignature> verified = new LinkedHashSet<>();
    for (NoteSignature signature : signatures) {
      List<? extends NoteVerifier> matching = known.stream().filter(signature::isFrom).toList();
      if (matching.size() > 1) {
        throw new InvalidNoteException("ambiguous key " + signature.keyLabel());
      }
      if (matching.size() == 1) {
        if (!matching.getFirst().verify(textBytes(), signature.signature())) {
          throw new InvalidNoteException("invalid signature for key " + signature.keyLabel());
        }
        verified.add(signature);
      }
    }
    if (verified.isEmpty()) {
      throw new InvalidNoteException("note has no verifiable signatures");
    }
    return List.copyOf(verified);
  }

  /** Returns the note's wire form: text, blank line, signature lines. */
  public String encoded() {
    StringBuilder note = new StringBuilder(text).append('\n');
    signatures.forEach(signature -> note.append(signature.line()));
    return note.toString();
  }

  /** Returns the UTF-8 bytes that the signatures cover. */
  public byte[] textBytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void requireValidText(String text) {
    requireNoControlCharacters(text);
    if (text.isEmpty() || !text.endsWith("\n")) {
      throw new InvalidNoteException("note text must be non-empty and end in a newline");
    }
  }

  private static void requireNoControlCharacters(String note) {
    for (int i = 0; i < note.length(); i++) {
      char c = note.charAt(i);
      if ((c < 0x20 && c != '\n') || (Character.isSurrogate(c) && !validSurrogateAt(note, i))) {
        throw new InvalidNoteException("note contains a control character or invalid text");
      }
    }
  }

  private static boolean validSurrogateAt(String note, int i) {
    char c = note.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < note.length() && Character.isLowSurrogate(note.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(note.charAt(i - 1));
  }
}
