package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.ledger.LedgerFixtures.closedRecord;
import static org.habeas.ledger.LedgerFixtures.erase;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.habeas.IntegrationTest;
import org.habeas.ledger.CustodyLeaf.ErasureNotice;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.store.Integrator;
import org.habeas.ledger.store.PublishedLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lawful erasure: the record's key and openings go, its rows stay but cannot be read, a notice leaf
 * names every erased leaf, and the log and its proofs are untouched.
 */
@IntegrationTest
class ErasureTests {

  private static final String REASON = "Court order 2-117/2026: retention period ended";
  private static final org.habeas.system.Actor ADMIN =
      new org.habeas.system.Actor(
          "admin", "Timur Kassymov", org.habeas.system.Role.ADMIN, null, null, "en");

  @Autowired private org.habeas.custody.CustodyRecords records;

  private final MerkleLog ledger;
  private final Integrator integrator;
  private final PublishedLog published;
  private final JdbcClient jdbc;
  private final MockMvc mvc;
  private final RecordPayloads payloads;
  private final org.springframework.transaction.support.TransactionTemplate tx;

  @Autowired
  ErasureTests(
      MerkleLog ledger,
      Integrator integrator,
      PublishedLog published,
      JdbcClient jdbc,
      MockMvc mvc,
      RecordPayloads payloads,
      org.springframework.transaction.support.TransactionTemplate tx) {
    this.payloads = payloads;
    this.tx = tx;
    this.ledger = ledger;
    this.integrator = integrator;
    this.published = published;
    this.jdbc = jdbc;
    this.mvc = mvc;
  }

  @Test
  void erasedRecordKeepsItsRowsButNoOneCanReadThem() throws Exception {
    var id = closedRecord(mvc, 2);
    integrator.integrateNow();
    var leaves = ledger.leafIndices(id);

    erase(mvc, "admin", id, REASON)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("erased"))
        .andExpect(jsonPath("$.erasedLeaves.length()").value(4));

    assertThat(count("select count(*) from custody_event where record_id = ?", id)).isEqualTo(4);
    assertThat(count("select count(*) from ledger_record_key where record_id = ?", id)).isZero();
    assertThat(count("select count(*) from ledger_opening where record_id = ?", id)).isZero();
    assertThat(
            jdbc.sql("select payload from custody_event where record_id = ?")
                .param(id)
                .query(String.class)
                .list())
        .allMatch(PayloadCipher::isSealed);
    assertThat(ledger.receipt(id, 1)).isEmpty();
    assertThat(ledger.erasure(id).orElseThrow().erasedLeaves())
        .containsExactlyInAnyOrderElementsOf(leaves.values());
  }

  @Test
  void aKeyTheTransactionAlreadyReadOpensNothingOnceTheRecordIsErased() throws Exception {
    var id = closedRecord(mvc, 1);
    integrator.integrateNow();
    var sealed =
        jdbc.sql("select payload from custody_event where record_id = ? and seq = 1")
            .param(id)
            .query(String.class)
            .single();
    tx.executeWithoutResult(
        s -> {
          // The erasure check reads the key too, and the transaction keeps it for its reads.
          assertThat(ledger.erasure(id)).isEmpty();
          assertThat(payloads.reader(id).open(1, sealed)).contains("Apprehended");
          // Through the custody module, as an administrator would: the ledger erases, and the
          // record leaves the lists and statistics too (a ledger-only erasure would leave a
          // listed record behind for the tests that count them).
          records.erase(ADMIN, id, REASON);
          var reader = payloads.reader(id);
          org.assertj.core.api.Assertions.assertThatIllegalStateException()
              .isThrownBy(() -> reader.open(1, sealed));
        });
  }

  @Test
  void erasureForgetsRememberedResponsesToRetriedWrites() throws Exception {
    var key = "erase-" + System.nanoTime();
    var opened =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/custody-records")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.httpBasic(
                            "officer", "habeas-demo"))
                    .header("Idempotency-Key", key)
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(LedgerFixtures.apprehended(90)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    var id = opened.substring(opened.lastIndexOf('/') + 1);
    LedgerFixtures.post(mvc, opened + "/events", LedgerFixtures.released(30))
        .andExpect(status().isCreated());
    integrator.integrateNow();
    assertThat(
            count("select count(*) from idempotent_request where location like ?", "%" + id + "%"))
        .isEqualTo(1);

    erase(mvc, "admin", id, REASON).andExpect(status().isOk());

    assertThat(
            count("select count(*) from idempotent_request where location like ?", "%" + id + "%"))
        .isZero();
  }

  @Test
  void erasedRecordReadsAsErasedWithItsReasonAndDate() throws Exception {
    var id = closedRecord(mvc, 1);
    integrator.integrateNow();
    erase(mvc, "admin", id, REASON).andExpect(status().isOk());

    mvc.perform(
            get("/api/v1/custody-records/" + id)
                .with(httpBasic("officer", LedgerFixtures.PASSWORD))
                .header("Accept-Language", "en"))
        .andExpect(status().isGone())
        .andExpect(jsonPath("$.title").value(containsString(REASON)));
    mvc.perform(get("/custody/" + id).with(user("officer")).header("Accept-Language", "en"))
        .andExpect(status().isGone())
        .andExpect(content().string(containsString(REASON)));
    LedgerFixtures.post(
            mvc, "/api/v1/custody-records/" + id + "/events", LedgerFixtures.cellVisited(1))
        .andExpect(status().isGone());
  }

  @Test
  void noticeLeafNamesEveryErasedLeafAndProofsStayValid() throws Exception {
    var id = closedRecord(mvc, 2);
    integrator.integrateNow();
    var before = Checkpoint.fromNote(SignedNote.parse(published.checkpoint().orElseThrow()));

    erase(mvc, "admin", id, REASON).andExpect(status().isOk());
    integrator.integrateNow();

    var erasure = ledger.erasure(id).orElseThrow();
    assertThat(erasure.noticeLeaf()).isNotNull();
    var leaf =
        jdbc.sql("select leaf from ledger_leaf where leaf_index = ?")
            .param(erasure.noticeLeaf())
            .query(byte[].class)
            .single();
    assertThat(CustodyLeaf.decode(leaf))
        .isInstanceOfSatisfying(
            ErasureNotice.class,
            notice -> assertThat(notice.refs()).isEqualTo(erasure.erasedLeaves()));
    var after = Checkpoint.fromNote(SignedNote.parse(published.checkpoint().orElseThrow()));
    assertThat(published.rootHash(before.size())).isEqualTo(before.rootHash());
    List<byte[]> proof = published.consistency(before.size(), after.size());
    assertThat(
            org.habeas.ledger.merkle.ProofVerifier.verifyConsistency(
                before.size(), after.size(), before.rootHash(), after.rootHash(), proof))
        .isTrue();
    assertThat(MerkleHash.equal(published.rootHash(after.size()), after.rootHash())).isTrue();
  }

  @Test
  void onlyAnAdministratorErasesAndOnlyAClosedRecordWithAReason() throws Exception {
    var open = LedgerFixtures.recordWithCellVisits(mvc, 1);
    var closed = closedRecord(mvc, 1);
    integrator.integrateNow();

    erase(mvc, "officer", closed, REASON).andExpect(status().isForbidden());
    erase(mvc, "monitor", closed, REASON).andExpect(status().isForbidden());
    erase(mvc, "admin", closed, " ").andExpect(status().isBadRequest());
    erase(mvc, "admin", open, REASON).andExpect(status().isConflict());
    assertThat(ledger.erasure(closed)).isEmpty();
    erase(mvc, "admin", closed, REASON).andExpect(status().isOk());
    erase(mvc, "admin", closed, REASON).andExpect(status().isGone());
  }

  private long count(String sql, String id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }
}
