package org.habeas.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.habeas.IntegrationTest;
import org.habeas.ledger.LedgerFixtures;
import org.habeas.ledger.LedgerSettings;
import org.habeas.ledger.LogInvariants;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleTree;
import org.habeas.ledger.merkle.ProofVerifier;
import org.habeas.ledger.note.Ed25519NoteVerifier;
import org.habeas.ledger.note.SignedNote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Many writers and two integrators, as two application instances would race on one database, never
 * leave a gap, a duplicate index, an event without a leaf, or a checkpoint that does not extend the
 * one before.
 */
@IntegrationTest
class IntegratorRaceTests {

  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final Integrator integrator;
  private final MerkleLog ledger;
  private final PublishedLog published;
  private final ApplicationContext context;

  @Autowired
  IntegratorRaceTests(
      MockMvc mvc,
      JdbcClient jdbc,
      Integrator integrator,
      MerkleLog ledger,
      PublishedLog published,
      ApplicationContext context) {
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.integrator = integrator;
    this.ledger = ledger;
    this.published = published;
    this.context = context;
  }

  @Test
  void writersAndTwoIntegratorsNeverLeaveAGapADuplicateOrAnEventWithoutALeaf() throws Exception {
    var otherInstance = secondInstance();
    var writing = new AtomicBoolean(true);
    try (var pool = Executors.newFixedThreadPool(8)) {
      List<Future<?>> writers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        writers.add(pool.submit(() -> LedgerFixtures.records(mvc, 4, 3)));
      }
      var first = pool.submit(integrating(integrator, writing));
      var second = pool.submit(integrating(otherInstance, writing));
      for (var writer : writers) {
        writer.get();
      }
      writing.set(false);
      first.get();
      second.get();
    }
    integrator.integrateNow();

    LogInvariants.assertEveryEventHasExactlyOneLeaf(jdbc);
    assertEveryTreeHeadIsThePlainTreesRoot();
    assertEveryCheckpointIsSignedAndExtendsTheOneBefore();
  }

  /** An integrator as another application instance on the same database has it. */
  private Integrator secondInstance() {
    var settings = context.getBean(LedgerSettings.class);
    var small =
        new LedgerSettings(
            settings.origin(),
            settings.key(),
            settings.keyFile(),
            null,
            Duration.ZERO,
            7,
            Duration.ZERO);
    return new Integrator(
        context.getBean(PlatformTransactionManager.class),
        context.getBean(IntegrationLock.class),
        context.getBean(Outbox.class),
        context.getBean(Leaves.class),
        context.getBean(StoredTiles.class),
        context.getBean(TreeHeads.class),
        context.getBean(Checkpoints.class),
        new LogSigner(
            LogKeys.load(settings, context.getEnvironment().getRequiredProperty("habeas.base-url")),
            null),
        context,
        context.getBean(Clock.class),
        small);
  }

  private static Callable<Void> integrating(Integrator integrator, AtomicBoolean writing) {
    return () -> {
      while (writing.get()) {
        integrator.integrateAvailable();
        Thread.sleep(3);
      }
      return null;
    };
  }

  private void assertEveryTreeHeadIsThePlainTreesRoot() {
    var tree =
        MerkleTree.ofEntries(
            jdbc.sql("select leaf from ledger_leaf order by leaf_index")
                .query((rs, i) -> rs.getBytes(1))
                .list());
    jdbc.sql("select tree_size, root_hash from ledger_tree order by tree_size")
        .query(
            rs -> {
              long size = rs.getLong(1);
              assertThat(rs.getBytes(2)).as("root at " + size).isEqualTo(tree.rootHash(size));
              assertThat(published.rootHash(size))
                  .as("tiles at " + size)
                  .isEqualTo(tree.rootHash(size));
            });
  }

  private void assertEveryCheckpointIsSignedAndExtendsTheOneBefore() {
    var logKey = Ed25519NoteVerifier.parse(ledger.verifierKey());
    var notes =
        jdbc.sql("select note from ledger_checkpoint order by tree_size")
            .query(String.class)
            .list();
    Checkpoint previous = null;
    for (String text : notes) {
      var note = SignedNote.parse(text);
      note.verify(List.of(logKey));
      var checkpoint = Checkpoint.fromNote(note);
      if (previous != null && previous.size() > 0) {
        assertThat(
                ProofVerifier.verifyConsistency(
                    previous.size(),
                    checkpoint.size(),
                    previous.rootHash(),
                    checkpoint.rootHash(),
                    published.consistency(previous.size(), checkpoint.size())))
            .as(previous.size() + " -> " + checkpoint.size())
            .isTrue();
      }
      previous = checkpoint;
    }
    assertThat(previous).isNotNull();
  }
}
