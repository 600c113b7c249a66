package org.habeas.ledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleProofs;
import org.habeas.ledger.merkle.ProofVerifier;
import org.habeas.ledger.note.CosignatureVerifier;
import org.habeas.ledger.note.Cosignatures;
import org.habeas.ledger.note.Ed25519NoteVerifier;
import org.habeas.ledger.note.InvalidNoteException;
import org.habeas.ledger.note.NoteSignature;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.note.StrictBase64;
import org.habeas.ledger.tiles.TileHashSource;
import org.habeas.ledger.verify.LogSource.StoredHead;
import org.habeas.ledger.verify.TreeAudit.Claim;

/**
 * {@code ./habeas verify}: checks the log from the outside, trusting nothing but the log's public
 * key and a checkpoint trusted before.
 *
 * <ol>
 *   <li>The new checkpoint is signed by the log key (and, if asked, cosigned by witnesses).
 *   <li>It extends the trusted checkpoint: the tree is not rolled back or forked.
 *   <li>Every leaf is hashed again from the entries, every tile compared, every claimed root (the
 *       checkpoint's, the trusted one's, and with a database each recorded tree head and stored
 *       checkpoint) recomputed.
 *   <li>With a database: every stored custody event is checked against its opening, commitment and
 *       leaf; erased records must have an erasure notice naming their leaves.
 * </ol>
 *
 * <p>Exit status 0 when clean, 1 on any sign of tampering, 2 when it could not run.
 */
public final class Verifier {

  private Verifier() {}

  /** Runs the verifier and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the verifier, printing to {@code out}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || List.of(args).contains("--help")) {
      out.print(VerifierOptions.USAGE);
      return args.length == 0 ? 2 : 0;
    }
    VerifierOptions options;
    try {
      options = VerifierOptions.parse(args);
    } catch (RuntimeException e) {
      err.println("verify: " + e.getMessage());
      err.print(VerifierOptions.USAGE);
      return 2;
    }
    long start = System.nanoTime();
    try (LogSource source = options.open()) {
      int status = verify(options, source, out);
      out.printf("Checked in %.1f s%n", (System.nanoTime() - start) / 1e9);
      return status;
    } catch (SQLException | RuntimeException e) {
      err.println("verify: could not run: " + e.getMessage());
      return 2;
    }
  }

  static int verify(VerifierOptions options, LogSource source, PrintStream out)
      throws SQLException {
    Ed25519NoteVerifier logKey = Ed25519NoteVerifier.parse(options.vkey());
    out.println("Habeas ledger verifier");
    out.println("  log key   " + logKey.verifierKey());
    out.println("  reading   " + source.describe());
    Optional<Checkpoint> trusted = trusted(options.trusted(), logKey, out);
    Report report = new Report(out);
    SignedNote note = SignedNote.parse(source.checkpoint());
    try {
      note.verify(List.of(logKey));
    } catch (InvalidNoteException e) {
      report.tampered("the log's checkpoint is not signed by the log key: " + e.getMessage());
      return report.finish();
    }
    Checkpoint checkpoint = Checkpoint.fromNote(note);
    if (!checkpoint.origin().equals(logKey.keyName())) {
      report.failed("the checkpoint's origin " + checkpoint.origin() + " is not the key's name");
    }
    report.ok(
        "checkpoint of "
            + checkpoint.size()
            + " leaves, root "
            + StrictBase64.encode(checkpoint.rootHash())
            + ", signed by the log key");
    witnesses(note, options, report);
    List<Claim> claims = new ArrayList<>();
    claims.add(new Claim(checkpoint.size(), checkpoint.rootHash(), "the log's checkpoint"));
    trusted.ifPresent(t -> trustedClaim(t, checkpoint, claims, report));
    history(source, logKey, checkpoint, claims, report);
    boolean intact = TreeAudit.run(source, source.leafCount(checkpoint.size()), claims, report);
    trusted.ifPresent(t -> consistency(t, checkpoint, source, report));
    if (source instanceof DbLogSource db) {
      EventAudit.run(db.connection(), checkpoint.size(), report);
    }
    if (intact) {
      report.ok("the tiles and every claimed root agree with the entries");
    }
    int status = report.finish();
    if (status == 0 && options.save()) {
      save(options.trusted(), note);
      out.println(
          "Trusted checkpoint (" + checkpoint.size() + " leaves) saved to " + options.trusted());
    }
    return status;
  }

  private static Optional<Checkpoint> trusted(
      Path file, Ed25519NoteVerifier logKey, PrintStream out) {
    if (!Files.exists(file)) {
      out.println("  trusted   none yet: the log's checkpoint is trusted on first use");
      return Optional.empty();
    }
    try {
      SignedNote note = SignedNote.parse(Files.readString(file, StandardCharsets.UTF_8));
      note.verify(List.of(logKey));
      Checkpoint checkpoint = Checkpoint.fromNote(note);
      out.println("  trusted   " + checkpoint.size() + " leaves (" + file + ")");
      return Optional.of(checkpoint);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the trusted checkpoint " + file, e);
    } catch (InvalidNoteException e) {
      throw new IllegalStateException(
          "the trusted checkpoint " + file + " is not signed by this log key", e);
    }
  }

  private static void trustedClaim(
      Checkpoint trusted, Checkpoint checkpoint, List<Claim> claims, Report report) {
    if (trusted.size() > checkpoint.size()) {
      report.tampered(
          "the log was rolled back: its checkpoint has "
              + checkpoint.size()
              + " leaves, the trusted one "
              + trusted.size());
    } else {
      claims.add(new Claim(trusted.size(), trusted.rootHash(), "the trusted checkpoint"));
    }
  }

  private static void consistency(
      Checkpoint trusted, Checkpoint checkpoint, LogSource source, Report report) {
    if (trusted.size() == 0 || trusted.size() >= checkpoint.size()) {
      return;
    }
    boolean valid;
    int hashes = 0;
    try {
      List<byte[]> proof =
          MerkleProofs.consistencyPath(
              trusted.size(),
              checkpoint.size(),
              new TileHashSource(
                  checkpoint.size(),
                  tile ->
                      source
                          .tile(tile)
                          .orElseThrow(() -> new IllegalStateException("no " + tile.path()))));
      hashes = proof.size();
      valid =
          ProofVerifier.verifyConsistency(
              trusted.size(), checkpoint.size(), trusted.rootHash(), checkpoint.rootHash(), proof);
    } catch (RuntimeException e) {
      valid = false;
    }
    if (valid) {
      report.ok(
          "consistent with the trusted checkpoint of "
              + trusted.size()
              + " leaves (proof of "
              + hashes
              + " hashes, computed from the tiles)");
    } else {
      report.tampered(
          "no valid consistency proof from the trusted checkpoint of "
              + trusted.size()
              + " leaves: the log was forked or rewritten");
    }
  }

  private static void history(
      LogSource source,
      Ed25519NoteVerifier logKey,
      Checkpoint checkpoint,
      List<Claim> claims,
      Report report) {
    for (StoredHead head : source.history()) {
      if (head.note() == null) {
        claims.add(new Claim(head.size(), head.rootHash(), "the recorded tree head"));
        continue;
      }
      try {
        SignedNote stored = SignedNote.parse(head.note());
        stored.verify(List.of(logKey));
        claims.add(
            new Claim(head.size(), Checkpoint.fromNote(stored).rootHash(), "stored checkpoint"));
      } catch (InvalidNoteException | IllegalArgumentException e) {
        report.tampered(
            "stored checkpoint of " + head.size() + " leaves is not signed by the log key");
      }
      if (head.size() > checkpoint.size()) {
        report.tampered("a stored checkpoint is larger than the latest one: rows were deleted");
      }
    }
  }

  private static void witnesses(SignedNote note, VerifierOptions options, Report report) {
    int valid = 0;
    List<CosignatureVerifier> keys =
        options.witnesses().stream().map(CosignatureVerifier::parse).toList();
    for (NoteSignature signature : note.signatures()) {
      List<CosignatureVerifier> from = keys.stream().filter(signature::isFrom).toList();
      if (from.isEmpty()) {
        if (!signature.keyName().equals(Checkpoint.fromNote(note).origin())) {
          report.note("cosignature by " + signature.keyLabel() + " not checked (no --witness)");
        }
      } else if (from.getFirst().verify(note.textBytes(), signature.signature())) {
        valid++;
        report.ok(
            "cosigned by witness "
                + signature.keyName()
                + " at "
                + Cosignatures.timestamp(signature));
      } else {
        report.tampered("the cosignature by witness " + signature.keyName() + " is invalid");
      }
    }
    if (valid < options.quorum()) {
      report.failed(
          "only " + valid + " of the " + options.quorum() + " required witnesses cosigned");
    }
  }

  private static void save(Path file, SignedNote note) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "trusted", ".tmp");
      Files.writeString(temp, note.encoded(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the trusted checkpoint to " + file, e);
    }
  }
}
