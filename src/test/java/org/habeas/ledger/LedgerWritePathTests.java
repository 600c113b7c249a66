package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habeas.ledger.LedgerFixtures.recordWithCellVisits;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.habeas.IntegrationTest;
import org.habeas.ledger.store.Integrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every stored custody event is committed to the log in its own transaction, and only then. */
@IntegrationTest
class LedgerWritePathTests {

  private final MerkleLog ledger;
  private final Integrator integrator;
  private final JdbcClient jdbc;
  private final MockMvc mvc;

  @Autowired
  LedgerWritePathTests(MerkleLog ledger, Integrator integrator, JdbcClient jdbc, MockMvc mvc) {
    this.ledger = ledger;
    this.integrator = integrator;
    this.jdbc = jdbc;
    this.mvc = mvc;
  }

  @Test
  void everyStoredEventGetsExactlyOneLeaf() throws Exception {
    var id = recordWithCellVisits(mvc, 3);

    integrator.integrateNow();

    assertThat(ledger.leafIndices(id)).containsOnlyKeys(1, 2, 3, 4);
    assertThat(ledger.leafIndex(id, 4)).isPresent();
    LogInvariants.assertEveryEventHasExactlyOneLeaf(jdbc);
  }

  @Test
  void namesTheLoggedEventsAPageDoesNotHave() throws Exception {
    var id = recordWithCellVisits(mvc, 3);

    // What a page that read only some of these rows must warn about (custody's MissingEvents).
    assertThat(ledger.committedSeqs(id)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void refusedEventLeavesNoTraceInTheLog() throws Exception {
    var id = recordWithCellVisits(mvc, 1);

    LedgerFixtures.post(
            mvc, "/api/v1/custody-records/" + id + "/events", LedgerFixtures.cellVisited(-24 * 60))
        .andExpect(status().isBadRequest());

    assertThat(count("select count(*) from ledger_commitment where record_id = ?", id))
        .isEqualTo(2);
    assertThat(count("select count(*) from ledger_opening where record_id = ?", id)).isEqualTo(2);
  }

  @Test
  void openingsOpenTheLoggedCommitmentsAndChain() throws Exception {
    var id = recordWithCellVisits(mvc, 4);
    integrator.integrateNow();

    List<EventOpening> openings = new ArrayList<>();
    List<byte[]> commitments = new ArrayList<>();
    for (int seq = 1; seq <= 5; seq++) {
      var receipt = ledger.receipt(id, seq).orElseThrow();
      openings.add(receipt.opening());
      commitments.add(CustodyLeaf.decode(receipt.leaf()).commitment());
    }

    assertThat(EventOpening.chainIsIntact(openings, commitments)).isTrue();
    assertThat(openings.getFirst().event().payload())
        .containsEntry("type", "Apprehended")
        .containsKey("person");
    assertThat(openings.getFirst().event().station()).isEqualTo("kz-ast-tdf1");
    assertThat(openings.get(1).event().officerId()).isEqualTo("officer");
  }

  @Test
  void concurrentAppendsChainTheCommitmentTheyFollow() throws Exception {
    // Issue 17: the key's lock and the newest commitment are read in one statement, whose snapshot
    // predates the lock wait; an append that waited behind another must still chain that one's
    // commitment, not the older one its statement saw.
    var id = recordWithCellVisits(mvc, 0);
    var tasks = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 6; i++) {
      var body = LedgerFixtures.cellVisited(40 - i);
      tasks.add(
          () ->
              LedgerFixtures.post(mvc, "/api/v1/custody-records/" + id + "/events", body)
                  .andReturn()
                  .getResponse()
                  .getStatus());
    }
    try (var pool = Executors.newFixedThreadPool(6)) {
      pool.invokeAll(tasks);
    }
    integrator.integrateNow();
    int events =
        jdbc.sql("select count(*) from custody_event where record_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    assertThat(events).isGreaterThan(2);
    List<EventOpening> openings = new ArrayList<>();
    List<byte[]> commitments = new ArrayList<>();
    for (int seq = 1; seq <= events; seq++) {
      var receipt = ledger.receipt(id, seq).orElseThrow();
      openings.add(receipt.opening());
      commitments.add(CustodyLeaf.decode(receipt.leaf()).commitment());
    }
    assertThat(EventOpening.chainIsIntact(openings, commitments)).isTrue();
  }

  @Test
  void recordShowsLeafIndexOnceLogged() throws Exception {
    var id = recordWithCellVisits(mvc, 1);
    integrator.integrateNow();

    mvc.perform(get("/api/v1/custody-records/" + id).with(httpBasic("officer", "habeas-demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.events[0].leafIndex").value(ledger.leafIndex(id, 1).orElseThrow()))
        .andExpect(jsonPath("$.events[1].leafIndex").value(ledger.leafIndex(id, 2).orElseThrow()));
  }

  @Test
  void logTablesRefuseRewritesEvenFromTheApplication() throws Exception {
    recordWithCellVisits(mvc, 1);
    integrator.integrateNow();

    assertThatThrownBy(() -> jdbc.sql("update ledger_tile set hashes = hashes").update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("delete from ledger_leaf").update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update ledger_tree set root_hash = root_hash").update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("delete from ledger_checkpoint").update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update ledger_commitment set seq = seq").update())
        .isInstanceOf(DataAccessException.class);
  }

  private long count(String sql, String id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }
}
