package org.habeas.ledger.checkpoint;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.note.StrictBase64;
import org.jspecify.annotations.Nullable;

/**
 * A C2SP tlog-checkpoint body: the log's origin, its tree size and its RFC 6962 root hash, plus
 * optional extension lines (not recommended: monitors cannot audit them).
 *
 * <p>The checkpoint carries no time; witnesses' cosignatures supply it.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensionLines) {

  /** Checks each line: non-empty, no newline or control character; size ≥ 0; 32-byte root. */
  public Checkpoint {
    requireLine(origin, "origin");
    if (size < 0) {
      throw new IllegalArgumentException("negative tree size " + size);
    }
    if (rootHash.length != MerkleHash.SIZE) {
      throw new IllegalArgumentException("root hash must be 32 bytes");
    }
    rootHash = rootHash.clone();
    extensionLines = List.copyOf(extensionLines);
    extensionLines.forEach(line -> requireLine(line, "extension line"));
  }

  /** Returns the checkpoint of {@code origin} at {@code size} with {@code rootHash}. */
  public static Checkpoint of(String origin, long size, byte[] rootHash) {
    return new Checkpoint(origin, size, rootHash, List.of());
  }

  /** Returns the checkpoint of the empty log, where every log starts. */
  public static Checkpoint empty(String origin) {
    return of(origin, 0, MerkleHash.emptyRoot());
  }

  /** Returns the note text: one line each for origin, size, base64 root and every extension. */
  public String body() {
    StringBuilder body = new StringBuilder();
    body.append(origin).append('\n').append(size).append('\n');
    body.append(StrictBase64.encode(rootHash)).append('\n');
    extensionLines.forEach(line -> body.append(line).append('\n'));
    return body.toString();
  }

  /** Parses a note text as a checkpoint, strictly: no leading zeros, canonical base64. */
  public static Checkpoint parse(String body) {
    if (!body.endsWith("\n")) {
      throw new IllegalArgumentException("checkpoint must end in a newline");
    }
    List<String> lines = List.of(body.substring(0, body.length() - 1).split("\n", -1));
    if (lines.size() < 3 || !lines.get(1).matches("0|[1-9][0-9]{0,18}")) {
      throw new IllegalArgumentException("malformed checkpoint");
    }
    long size;
    try {
      size = Long.parseLong(lines.get(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("checkpoint size out of range", e);
    }
    byte[] root =
        StrictBase64.decode(lines.get(2))
            .orElseThrow(() -> new IllegalArgumentException("malformed checkpoint root"));
    return new Checkpoint(lines.get(0), size, root, lines.subList(3, lines.size()));
  }

  /** Returns the checkpoint a signed note carries; its signatures are checked separately. */
  public static Checkpoint fromNote(SignedNote note) {
    return parse(note.text());
  }

  /** Returns a copy of the root hash. */
  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** Tells whether the two checkpoints name the same tree head and extensions. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Checkpoint that
        && origin.equals(that.origin)
        && size == that.size
        && Arrays.equals(rootHash, that.rootHash)
        && extensionLines.equals(that.extensionLines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, size, Arrays.hashCode(rootHash), extensionLines);
  }

  @Override
  public String toString() {
    return "Checkpoint[" + body().strip().replace('\n', ' ') + "]";
  }

  private static void requireLine(String line, String what) {
    if (line.isEmpty() || line.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException(what + " must be a non-empty line of text");
    }
  }
}
