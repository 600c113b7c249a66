package org.habeas.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.StrictBase64;

/**
 * The body of a tlog-witness {@code add-checkpoint} request: {@code old <size>}, up to 63 base64
 * consistency-proof hashes, an empty line, then the signed checkpoint note.
 *
 * @param oldSize the size of the checkpoint the client believes the witness cosigned last
 * @param proof the RFC 6962 consistency proof from that size to the checkpoint's
 * @param note the checkpoint note, with its signatures
 */
public record AddCheckpointRequest(long oldSize, List<byte[]> proof, String note) {

  /** The most proof lines a client may send. */
  public static final int MAX_PROOF_LINES = 63;

  /** Copies the proof. */
  public AddCheckpointRequest {
    proof = proof.stream().map(byte[]::clone).toList();
  }

  /** Returns the request's body. */
  public String encode() {
    StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
    proof.forEach(hash -> body.append(StrictBase64.encode(hash)).append('\n'));
    return body.append('\n').append(note).toString();
  }

  /**
   * Parses a body strictly.
   *
   * @throws IllegalArgumentException if it is malformed (the witness answers 400)
   */
  public static AddCheckpointRequest parse(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    int blank = text.indexOf("\n\n");
    if (!text.startsWith("old ") || blank < 0) {
      throw new IllegalArgumentException("expected an old size line, proof lines and a blank line");
    }
    String[] lines = text.substring(0, blank).split("\n", -1);
    if (!lines[0].matches("old (0|[1-9][0-9]{0,18})") || lines.length - 1 > MAX_PROOF_LINES) {
      throw new IllegalArgumentException("malformed old size line or too many proof lines");
    }
    long oldSize;
    try {
      oldSize = Long.parseLong(lines[0].substring(4));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("old size out of range", e);
    }
    List<byte[]> proof = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      proof.add(
          StrictBase64.decode(lines[i])
              .filter(hash -> hash.length == MerkleHash.SIZE)
              .orElseThrow(() -> new IllegalArgumentException("malformed proof line")));
    }
    return new AddCheckpointRequest(oldSize, proof, text.substring(blank + 2));
  }
}
