package org.habeas.ledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.checkpoint.InconsistentCheckpointException;
import org.habeas.ledger.checkpoint.SignedCheckpoints;
import org.habeas.ledger.merkle.MerkleProofs;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.InvalidNoteException;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.note.VerifierKey;
import org.habeas.ledger.tiles.TileHashSource;
import org.habeas.ledger.tiles.TileReader;
import org.jspecify.annotations.Nullable;

/**
 * The log's checkpoint signer in this instance: the key, and {@link SignedCheckpoints}' memory of
 * the last checkpoint signed, so that it never signs a tree that does not extend it.
 *
 * <p>The memory starts from the state file if one is configured (outside the database, where a
 * database administrator cannot roll it back), and catches up with checkpoints other instances
 * stored, after checking their signature and their consistency with what it remembers.
 */
public final class LogSigner {

  private final Ed25519NoteSigner key;
  private final @Nullable Path stateFile;
  private final SignedCheckpoints checkpoints;

  /** Creates the signer for {@code key}, restoring its memory from {@code stateFile} if given. */
  public LogSigner(Ed25519NoteSigner key, @Nullable Path stateFile) {
    this.key = key;
    this.stateFile = stateFile;
    this.checkpoints = new SignedCheckpoints(key, remembered(key.keyName(), stateFile));
  }

  /** Returns the checkpoint origin, the key's name. */
  public String origin() {
    return key.keyName();
  }

  /** Returns the log's public key, as published to monitors and witnesses. */
  public VerifierKey verifierKey() {
    return key.verifierKey();
  }

  /** Returns the last checkpoint this instance signed or caught up with. */
  public Checkpoint lastSigned() {
    return checkpoints.lastSigned();
  }

  /**
   * Signs {@code next}, a tree whose tiles {@code tiles} reads, after catching up with {@code
   * published}, the latest checkpoint in the database.
   *
   * @throws InconsistentCheckpointException if {@code next} or {@code published} does not extend
   *     the last checkpoint signed, or {@code published} is not signed by this log's key
   */
  public synchronized SignedNote sign(
      Checkpoint next, TileReader tiles, Optional<SignedNote> published) {
    if (published.isPresent()) {
      catchUp(published.get(), tiles);
    }
    SignedNote note = checkpoints.sign(next, proof(checkpoints.lastSigned(), next, tiles));
    remember(next);
    return note;
  }

  private void catchUp(SignedNote published, TileReader tiles) {
    try {
      published.verify(List.of(key.verifier()));
    } catch (InvalidNoteException e) {
      throw new InconsistentCheckpointException("stored checkpoint not signed by the log key");
    }
    Checkpoint stored = Checkpoint.fromNote(published);
    if (stored.size() > checkpoints.lastSigned().size()) {
      // Signing it again (the same bytes: Ed25519 is deterministic) moves the memory forward
      // only after the consistency check that SignedCheckpoints makes.
      checkpoints.sign(stored, proof(checkpoints.lastSigned(), stored, tiles));
    }
  }

  private static List<byte[]> proof(Checkpoint last, Checkpoint next, TileReader tiles) {
    if (last.size() == 0 || last.size() >= next.size()) {
      return List.of(); // nothing to prove, or SignedCheckpoints refuses the shrinking tree
    }
    return MerkleProofs.consistencyPath(
        last.size(), next.size(), new TileHashSource(next.size(), tiles));
  }

  private void remember(Checkpoint signed) {
    if (stateFile == null) {
      return;
    }
    try {
      Path dir = stateFile.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "ledger-signer", ".tmp");
      Files.writeString(temp, signed.body(), StandardCharsets.UTF_8);
      Files.move(temp, stateFile, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the signer state to " + stateFile, e);
    }
  }

  private static Checkpoint remembered(String origin, @Nullable Path stateFile) {
    if (stateFile == null || !Files.exists(stateFile)) {
      return Checkpoint.empty(origin);
    }
    try {
      return Checkpoint.parse(Files.readString(stateFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signer state from " + stateFile, e);
    }
  }
}
