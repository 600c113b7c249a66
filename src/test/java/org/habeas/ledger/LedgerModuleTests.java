package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.habeas.ModuleFixtures;
import org.habeas.ledger.store.Integrator;
import org.habeas.system.Agencies;
import org.habeas.system.VideoRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger on its own (with {@code system}, the one module it may use): an event committed in a
 * transaction is integrated into the tree and signed into a checkpoint that covers it, announced as
 * {@link CheckpointSigned} to whoever listens (the witnesses, the statistics).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
// What system asks of the modules left out (monitoring implements both): not used here.
@MockitoBean(types = {Agencies.class, VideoRegister.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class LedgerModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  private static final Instant HELD_AT = Instant.parse("2026-12-02T08:00:00Z");

  @Autowired private MerkleLog log;
  @Autowired private Integrator integrator;
  @Autowired private TransactionTemplate tx;

  @Test
  void aCommittedEventIsIntegratedAndSignedIntoACheckpointThatCoversIt(Scenario scenario) {
    // given an event of a record the log has never seen
    var recordId = UUID.randomUUID().toString();
    var event =
        new LedgerEvent(
            recordId,
            1,
            "Apprehended",
            HELD_AT,
            HELD_AT,
            "kz-ast-tdf1",
            "officer",
            Map.of("facilityId", "kz-ast-tdf1"));

    // when it is committed and the log integrates what is queued
    scenario
        .stimulate(
            () -> {
              tx.executeWithoutResult(status -> log.commit(event));
              integrator.integrateNow();
            })
        // then a checkpoint is announced whose tree holds the event's leaf
        .andWaitForEventOfType(CheckpointSigned.class)
        .toArriveAndVerify(
            signed -> {
              var leaf = log.leafIndex(recordId, 1);
              assertThat(leaf).isPresent();
              assertThat(signed.treeSize()).isGreaterThan(leaf.orElseThrow());
              assertThat(signed.note()).startsWith(log.origin() + "\n");
            });
  }
}
