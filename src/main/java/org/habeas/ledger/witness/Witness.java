package org.habeas.ledger.witness;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.ProofVerifier;
import org.habeas.ledger.note.Cosigner;
import org.habeas.ledger.note.Ed25519NoteVerifier;
import org.habeas.ledger.note.InvalidNoteException;
import org.habeas.ledger.note.NoteSignature;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.note.VerifierKey;
import org.habeas.ledger.witness.WitnessState.Latest;
import org.jspecify.annotations.Nullable;

/**
 * A C2SP tlog-witness: cosigns a log's checkpoint only if the log signed it and it extends the
 * checkpoint this witness cosigned last for that log, checked and stored in one atomic step.
 *
 * <p>The answers are the spec's: 404 for a log it does not witness, 403 when no trusted key signed
 * the checkpoint, 400 for a malformed request or an old size beyond the checkpoint, 409 (with the
 * size it knows, as {@code text/x.tlog.size}) when the client's old size is not the witness's, 409
 * for the same size with another root, 422 for a proof that does not verify, and 200 with its
 * cosignature line otherwise.
 */
public final class Witness {

  /** What an add-checkpoint request gets. */
  public sealed interface Answer {

    /** 200: the cosignature lines. */
    record Cosigned(String lines) implements Answer {}

    /** 409 with {@code text/x.tlog.size}: the size of the latest checkpoint cosigned. */
    record Conflict(long knownSize) implements Answer {}

    /** Any other refusal: its status and a plain-text reason. */
    record Refused(int status, String reason) implements Answer {}
  }

  private final @Nullable Cosigner cosigner;
  private final Map<String, Ed25519NoteVerifier> logs;
  private final WitnessState state;

  /**
   * Creates the witness; without a cosigner (no log to witness) it answers every request 404.
   *
   * @param logs the keys of the logs witnessed, by checkpoint origin
   */
  public Witness(
      @Nullable Cosigner cosigner, Map<String, Ed25519NoteVerifier> logs, WitnessState state) {
    this.cosigner = cosigner;
    this.logs = Map.copyOf(logs);
    this.state = state;
  }

  /** Returns the witnessed logs' keys by origin, from vkeys and optional origins. */
  public static Map<String, Ed25519NoteVerifier> logs(List<WitnessSettings.WitnessedLog> logs) {
    return logs.stream()
        .collect(
            Collectors.toMap(
                log ->
                    log.origin() == null || log.origin().isBlank()
                        ? VerifierKey.parse(log.vkey().strip()).keyName()
                        : log.origin().strip(),
                log -> Ed25519NoteVerifier.parse(log.vkey().strip()),
                (a, b) -> a));
  }

  /** Returns the cosigner's public key (type 0x04), if this instance witnesses any log. */
  public Optional<VerifierKey> verifierKey() {
    return Optional.ofNullable(cosigner).map(Cosigner::verifierKey);
  }

  /** Returns the origins of the logs witnessed. */
  public List<String> origins() {
    return logs.keySet().stream().sorted().toList();
  }

  /** Returns the latest checkpoint cosigned for {@code origin}, with the cosignature. */
  public Optional<Latest> latest(String origin) {
    return logs.containsKey(origin) ? state.latest(origin) : Optional.empty();
  }

  /** Answers one add-checkpoint request body. */
  public Answer addCheckpoint(byte[] body) {
    AddCheckpointRequest request;
    SignedNote note;
    Checkpoint checkpoint;
    try {
      request = AddCheckpointRequest.parse(body);
      note = SignedNote.parse(request.note());
      checkpoint = Checkpoint.fromNote(note);
    } catch (IllegalArgumentException | InvalidNoteException e) {
      // A note that does not parse is the client's error (400), like any malformed body.
      return new Answer.Refused(400, "malformed request: " + e.getMessage());
    }
    Ed25519NoteVerifier logKey = logs.get(checkpoint.origin());
    if (logKey == null || cosigner == null) {
      return new Answer.Refused(404, "unknown log " + checkpoint.origin());
    }
    try {
      note.verify(List.of(logKey));
    } catch (InvalidNoteException e) {
      return new Answer.Refused(403, "not signed by the log's key: " + e.getMessage());
    }
    if (request.oldSize() > checkpoint.size()) {
      return new Answer.Refused(400, "old size beyond the checkpoint's size");
    }
    Optional<Latest> latest = state.latest(checkpoint.origin());
    long known = latest.map(Latest::size).orElse(0L);
    if (request.oldSize() != known) {
      return new Answer.Conflict(known);
    }
    Optional<Answer> refused = checkExtends(request, checkpoint, latest);
    if (refused.isPresent()) {
      return refused.get();
    }
    NoteSignature cosignature = NoteSignature.sign(note.textBytes(), cosigner);
    SignedNote cosigned =
        new SignedNote(note.text(), List.of(logSignature(note, logKey), cosignature));
    Latest next = new Latest(checkpoint.size(), checkpoint.rootHash(), cosigned.encoded());
    if (!state.compareAndSet(checkpoint.origin(), latest, next)) {
      // Another request moved the state meanwhile: the client must start from what it is now.
      return new Answer.Conflict(state.latest(checkpoint.origin()).map(Latest::size).orElse(0L));
    }
    return new Answer.Cosigned(cosignature.line());
  }

  private static Optional<Answer> checkExtends(
      AddCheckpointRequest request, Checkpoint checkpoint, Optional<Latest> latest) {
    long old = request.oldSize();
    if (old == 0) {
      if (!request.proof().isEmpty()) {
        return Optional.of(new Answer.Refused(422, "a proof from size 0 must be empty"));
      }
      if (checkpoint.size() == 0
          && !MerkleHash.equal(checkpoint.rootHash(), MerkleHash.emptyRoot())) {
        return Optional.of(new Answer.Refused(422, "an empty tree has the empty root"));
      }
      return Optional.empty();
    }
    byte[] knownRoot = latest.orElseThrow().rootHash();
    if (old == checkpoint.size()) {
      if (!request.proof().isEmpty()) {
        return Optional.of(new Answer.Refused(422, "a proof between equal sizes must be empty"));
      }
      return MerkleHash.equal(knownRoot, checkpoint.rootHash())
          ? Optional.empty()
          : Optional.of(new Answer.Refused(409, "same size, another root: the log forked"));
    }
    boolean consistent =
        ProofVerifier.verifyConsistency(
            old, checkpoint.size(), knownRoot, checkpoint.rootHash(), request.proof());
    return consistent
        ? Optional.empty()
        : Optional.of(new Answer.Refused(422, "the consistency proof does not verify"));
  }

  private static NoteSignature logSignature(SignedNote note, Ed25519NoteVerifier logKey) {
    return note.signatures().stream()
        .filter(signature -> signature.isFrom(logKey))
        .findFirst()
        .orElseThrow();
  }
}
