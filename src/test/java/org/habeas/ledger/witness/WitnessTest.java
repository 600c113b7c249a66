package org.habeas.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.MerkleProofs;
import org.habeas.ledger.merkle.MerkleTree;
import org.habeas.ledger.note.Cosigner;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.witness.Witness.Answer;
import org.junit.jupiter.api.Test;

/** The witness answers each add-checkpoint request with the status tlog-witness prescribes. */
class WitnessTest {

  private static final String ORIGIN = "habeas.example/ledger";

  private final Ed25519NoteSigner logKey = Ed25519NoteSigner.fromSeed(ORIGIN, seed(1));
  private final Cosigner cosigner =
      Cosigner.fromSeed(
          "commission.example/witness",
          seed(2),
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
  private final MemoryState state = new MemoryState();
  private final Witness witness = new Witness(cosigner, Map.of(ORIGIN, logKey.verifier()), state);
  private final MerkleTree tree = new MerkleTree();

  @Test
  void cosignsTheFirstCheckpointFromSizeZeroWithATimestampedCosignature() {
    grow(5);

    var answer = witness.addCheckpoint(request(0, List.of(), note(5)));

    assertThat(answer).isInstanceOf(Answer.Cosigned.class);
    var lines = ((Answer.Cosigned) answer).lines();
    var cosigned = SignedNote.parse(note(5) + lines);
    assertThat(cosigned.verify(List.of(cosigner.verifier()))).hasSize(1);
    assertThat(lines).startsWith("— commission.example/witness ");
    assertThat(state.latest(ORIGIN).orElseThrow().size()).isEqualTo(5);
  }

  @Test
  void cosignsACheckpointThatAProofShowsExtendsTheLastOne() {
    grow(5);
    witness.addCheckpoint(request(0, List.of(), note(5)));
    grow(12);

    var answer = witness.addCheckpoint(request(5, proof(5, 12), note(12)));

    assertThat(answer).isInstanceOf(Answer.Cosigned.class);
    assertThat(state.latest(ORIGIN).orElseThrow().size()).isEqualTo(12);
  }

  @Test
  void answersAStaleOldSizeWithTheSizeItKnows() {
    grow(5);
    witness.addCheckpoint(request(0, List.of(), note(5)));
    grow(9);

    assertThat(witness.addCheckpoint(request(0, List.of(), note(9))))
        .isEqualTo(new Answer.Conflict(5));
    assertThat(witness.addCheckpoint(request(3, proof(3, 9), note(9))))
        .isEqualTo(new Answer.Conflict(5));
  }

  @Test
  void refusesAProofThatDoesNotVerify() {
    grow(5);
    witness.addCheckpoint(request(0, List.of(), note(5)));
    grow(9);
    var bad = new ArrayList<>(proof(5, 9));
    bad.set(0, MerkleHash.leafHash(new byte[] {42}));

    assertThat(status(witness.addCheckpoint(request(5, bad, note(9))))).isEqualTo(422);
    assertThat(status(witness.addCheckpoint(request(0, proof(5, 9), note(9))))).isEqualTo(409);
    assertThat(state.latest(ORIGIN).orElseThrow().size()).isEqualTo(5);
  }

  @Test
  void refusesAProofFromSizeZero() {
    grow(9);
    assertThat(status(witness.addCheckpoint(request(0, proof(5, 9), note(9))))).isEqualTo(422);
  }

  @Test
  void refusesTheSameSizeWithAnotherRootAsAFork() {
    grow(5);
    witness.addCheckpoint(request(0, List.of(), note(5)));
    var forked = SignedNote.sign(Checkpoint.of(ORIGIN, 5, MerkleHash.emptyRoot()).body(), logKey);

    assertThat(status(witness.addCheckpoint(request(5, List.of(), forked.encoded()))))
        .isEqualTo(409);
    assertThat(witness.addCheckpoint(request(5, List.of(), note(5))))
        .isInstanceOf(Answer.Cosigned.class);
  }

  @Test
  void refusesUnknownLogsUnsignedCheckpointsAndMalformedRequests() {
    grow(3);
    var otherKey = Ed25519NoteSigner.fromSeed(ORIGIN, seed(3));
    var otherLog = Ed25519NoteSigner.fromSeed("other.example/log", seed(4));
    var root = tree.rootHash();

    assertThat(
            status(
                witness.addCheckpoint(
                    request(0, List.of(), signed(otherLog, "other.example/log", root)))))
        .isEqualTo(404);
    assertThat(status(witness.addCheckpoint(request(0, List.of(), signed(otherKey, ORIGIN, root)))))
        .isEqualTo(403);
    assertThat(status(witness.addCheckpoint(request(4, List.of(), note(3))))).isEqualTo(400);
    assertThat(status(witness.addCheckpoint("old 01\n\n".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(400);
    assertThat(status(witness.addCheckpoint("hello".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(400);
  }

  @Test
  void ofTwoRacingRequestsFromTheSameOldSizeOnlyOneIsCosigned() throws Exception {
    grow(5);
    witness.addCheckpoint(request(0, List.of(), note(5)));
    grow(8);
    var eight = request(5, proof(5, 8), note(8));
    grow(11);
    var eleven = request(5, proof(5, 11), note(11));
    var start = new CountDownLatch(1);
    List<Callable<Answer>> both =
        List.of(
            () -> {
              start.await();
              return witness.addCheckpoint(eight);
            },
            () -> {
              start.await();
              return witness.addCheckpoint(eleven);
            });

    List<Answer> answers = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      var futures = both.stream().map(pool::submit).toList();
      start.countDown();
      for (var future : futures) {
        answers.add(future.get());
      }
    }

    assertThat(answers).filteredOn(a -> a instanceof Answer.Cosigned).hasSize(1);
    assertThat(answers).filteredOn(a -> a instanceof Answer.Conflict).hasSize(1);
  }

  private void grow(int size) {
    while (tree.size() < size) {
      tree.appendEntry(new byte[] {(byte) tree.size()});
    }
  }

  private String note(long size) {
    var checkpoint = Checkpoint.of(ORIGIN, size, MerkleProofs.rootHash(size, tree));
    return SignedNote.sign(checkpoint.body(), logKey).encoded();
  }

  private static String signed(Ed25519NoteSigner key, String origin, byte[] root) {
    return SignedNote.sign(Checkpoint.of(origin, 3, root).body(), key).encoded();
  }

  private List<byte[]> proof(long from, long to) {
    return MerkleProofs.consistencyPath(from, to, tree);
  }

  private static byte[] request(long old, List<byte[]> proof, String note) {
    return new AddCheckpointRequest(old, proof, note).encode().getBytes(StandardCharsets.UTF_8);
  }

  private static int status(Answer answer) {
    return switch (answer) {
      case Answer.Cosigned c -> 200;
      case Answer.Conflict c -> 409;
      case Answer.Refused r -> r.status();
    };
  }

  private static byte[] seed(int n) {
    byte[] seed = new byte[32];
    seed[0] = (byte) n;
    return seed;
  }

  /** The witness state in memory, compare-and-set under a lock. */
  static final class MemoryState implements WitnessState {
    private final Map<String, Latest> latest = new HashMap<>();

    @Override
    public synchronized Optional<Latest> latest(String origin) {
      return Optional.ofNullable(latest.get(origin));
    }

    @Override
    public synchronized boolean compareAndSet(
        String origin, Optional<Latest> expected, Latest next) {
      Latest now = latest.get(origin);
      boolean same =
          expected.isEmpty()
              ? now == null
              : now != null
                  && now.size() == expected.get().size()
                  && MerkleHash.equal(now.rootHash(), expected.get().rootHash());
      if (same) {
        latest.put(origin, next);
      }
      return same;
    }
  }
}
