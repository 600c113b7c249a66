package org.habeas.ledger.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One signature line of a signed note, {@code — <key name> base64(key ID || signature)}, with the
 * em dash U+2014.
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

  /** The em dash and space that open every signature line. */
  public static final String LINE_PREFIX = "\u2014 ";

  /** Checks the key name and that there is a signature at all. */
  public NoteSignature {
    KeyNames.require(keyName);
    if (signature.length == 0) {
      throw new IllegalArgumentException("empty signature");
    }
    signature = signature.clone();
  }

  /** Returns the signature of {@code text} by {@code signer}. */
  public static NoteSignature sign(byte[] text, NoteSigner signer) {
    return new NoteSignature(signer.keyName(), signer.keyId(), signer.sign(text));
  }

  /** Parses one signature line without its final newline. */
  public static NoteSignature parseLine(String line) {
    if (!line.startsWith(LINE_PREFIX)) {
      throw new InvalidNoteException("signature line must start with an em dash and a space");
    }
    String rest = line.substring(LINE_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0 || !KeyNames.isValid(rest.substring(0, space))) {
      throw new InvalidNoteException("malformed signature line");
    }
    byte[] bytes =
        StrictBase64.decode(rest.substring(space + 1))
            .filter(decoded -> decoded.length > Integer.BYTES)
            .orElseThrow(() -> new InvalidNoteException("malformed signature in line"));
    return new NoteSignature(
        rest.substring(0, space),
        ByteBuffer.wrap(bytes).getInt(),
        Arrays.copyOfRange(bytes, Integer.BYTES, bytes.length));
  }

  /** Returns the signature line, ending in a newline. */
  public String line() {
    byte[] bytes =
        ByteBuffer.allocate(Integer.BYTES + signature.length).putInt(keyId).put(signature).array();
    return LINE_PREFIX + keyName + " " + StrictBase64.encode(bytes) + "\n";
  }

  /** Tells whether this signature was made under the name and key ID of {@code verifier}. */
  public boolean isFrom(NoteVerifier verifier) {
    return keyName.equals(verifier.keyName()) && keyId == verifier.keyId();
  }

  /** Returns {@code name+hexid}, how key errors name a key. */
  public String keyLabel() {
    return keyName + "+" + HexFormat.of().toHexDigits(keyId);
  }

  /** Returns a copy of the signature bytes, without the key ID. */
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NoteSignature that
        && keyName.equals(that.keyName)
        && keyId == that.keyId
        && Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, keyId, Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return line().strip();
  }
}
