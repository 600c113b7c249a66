package org.habeas.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.habeas.IntegrationTest;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.LedgerFixtures;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.PayloadCipher;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.store.Integrator;
import org.habeas.ledger.tiles.Tile;
import org.habeas.ledger.tiles.TileData;
import org.habeas.ledger.tiles.TileUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A database administrator changes the history behind the application's back, bypassing the
 * append-only triggers, on a copy of the test database; the verifier, holding the checkpoint it
 * trusted before, catches each change and names the record and event or the tile.
 */
@IntegrationTest
class TamperTests {

  @Autowired MerkleLog ledger;
  @Autowired Integrator integrator;
  @Autowired DataSource dataSource;
  @Autowired MockMvc mvc;

  @Value("${spring.datasource.password:}")
  String password;

  @Value("${habeas.ledger.key-file}")
  Path keyFile;

  @TempDir Path dir;

  /** The id of a recommendation a database administrator makes up. */
  private static final String FORGED = "00000000-0000-4000-8000-00000000f0f0";

  private String record;
  private DatabaseCopy copy;

  @BeforeEach
  void aVerifiedCopyOfTheLog() throws Exception {
    record = LedgerFixtures.recordWithCellVisits(mvc, 3);
    integrator.integrateNow();
    copy = DatabaseCopy.of(dataSource, password);
    var clean = verify();
    assertThat(clean.status()).as(clean.toString()).isZero();
  }

  @AfterEach
  void dropTheCopy() throws Exception {
    copy.close();
  }

  @Test
  void catchesAnUpdatedEventRowEvenIfResealedWithTheRecordKey() throws Exception {
    copy.asDba(
        "custody_event",
        "update custody_event set occurred_at = occurred_at - interval '2' hour"
            + " where record_id = ? and seq = 2",
        record);
    byte[] key =
        copy.query(
            byte[].class, "select record_key from ledger_record_key where record_id = ?", record);
    String sealed =
        copy.query(
            String.class,
            "select payload from custody_event where record_id = ? and seq = 3",
            record);
    String json = PayloadCipher.open(key, record, 3, sealed).replace("Sgt. Omarov", "Nobody");
    copy.asDba(
        "custody_event",
        "update custody_event set payload = ? where record_id = ? and seq = 3",
        PayloadCipher.seal(key, record, 3, json, new java.security.SecureRandom()),
        record);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + record + " seq 2: event row changed after it was logged")
        .contains("occurred_at")
        .contains("record " + record + " seq 3: event row changed after it was logged")
        .contains("fields [by] differ");
  }

  @Test
  void catchesAChangedComplaintEntry() throws Exception {
    var lodged =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/complaints")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(
                        "{\"complainantRole\":\"ANONYMOUS\",\"contactPreference\":\"NONE\","
                            + "\"narrative\":\"beaten in the yard\",\"stillHeld\":false}"))
            .andReturn()
            .getResponse();
    assertThat(lodged.getStatus()).isEqualTo(201);
    String reference =
        com.jayway.jsonpath.JsonPath.read(lodged.getContentAsString(), "$.reference");
    integrator.integrateNow();
    copy.close();
    copy = DatabaseCopy.of(dataSource, password);
    String complaint =
        copy.query(String.class, "select id from complaint where reference = ?", reference);
    assertThat(verify().status()).isZero();
    copy.asDba(
        "complaint_entry",
        "update complaint_entry set actor = 'nobody' where complaint_id = ? and seq = 1",
        complaint);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + complaint + " seq 1: event row changed after it was logged")
        .contains("recorded_by nobody was public");
  }

  @Test
  void catchesABackDatedRecordedAtThatMakesALateEntryLookOnTime() throws Exception {
    copy.asDba(
        "custody_event",
        "update custody_event set recorded_at = occurred_at where record_id = ? and seq = 2",
        record);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + record + " seq 2: event row changed after it was logged")
        .contains("recorded_at ");
  }

  @Test
  void catchesARewrittenComplaintNarrative() throws Exception {
    String complaint = lodgedComplaint("beaten in the yard");
    copy.asDba(
        "complaint",
        "update complaint set narrative = 'fell down the stairs' where id = ?",
        complaint);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + complaint + ": complaint row changed after it was logged in seq 1")
        .contains("narrative")
        .doesNotContain("fell down the stairs", "beaten in the yard");
  }

  @Test
  void catchesARewrittenRecommendationTextAndAForgedStatus() throws Exception {
    var issued =
        mvc.perform(
                post("/api/v1/recommendations")
                    .with(httpBasic("monitor", LedgerFixtures.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"source":"commission","textEn":"Install a camera in room 3",
                         "agency":"interior","theme":"safeguards","issuedOn":"2026-11-20"}"""))
            .andReturn()
            .getResponse();
    assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
    String recommendation = JsonPath.read(issued.getContentAsString(), "$.id");
    freshCopy();
    copy.asDba(
        List.of("mon_recommendation", "mon_rec_status"),
        db -> {
          try (var s =
              db.prepareStatement(
                  "update mon_recommendation set text_en = 'Consider a camera' where id = ?")) {
            s.setString(1, recommendation);
            s.executeUpdate();
          }
          try (var s =
              db.prepareStatement(
                  "insert into mon_rec_status (id, rec_id, status, note, changed_at, changed_by)"
                      + " select max(id) + 1, ?, 'IMPLEMENTED', 'done', current_timestamp, 'monitor'"
                      + " from mon_rec_status")) {
            s.setString(1, recommendation);
            s.executeUpdate();
          }
          try (var s =
              db.prepareStatement(
                  "insert into mon_recommendation (id, source, text_en, agency, theme, issued_on,"
                      + " created_at, created_by) select ?, source, 'Forged', agency, theme,"
                      + " issued_on, created_at, created_by from mon_recommendation where id = ?")) {
            s.setString(1, FORGED);
            s.setString(2, recommendation);
            s.executeUpdate();
          }
        });

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains(
            "record "
                + recommendation
                + ": mon_recommendation row changed after it was logged in seq 1: text_en"
                + " differs")
        .contains(
            "record "
                + recommendation
                + ": mon_rec_status row is not in the log (inserted behind the application)")
        .contains(
            "record "
                + FORGED
                + ": mon_recommendation rows with no logged event at all (inserted behind the"
                + " application)");
  }

  @Test
  void catchesChangedVisitNotesAnswersAndPurpose() throws Exception {
    String visit =
        mvc.perform(
                post("/monitoring/visits")
                    .with(user("monitor").password(LedgerFixtures.PASSWORD))
                    .with(csrf())
                    .param("facilityId", "kz-ast-tdf1")
                    .param("date", "2026-11-20")
                    .param("announced", "false")
                    .param("made", "true")
                    .param("purpose", "Night inspection of the cells"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl()
            .substring("/monitoring/visits/".length());
    for (var call :
        List.of(
            post("/monitoring/visits/" + visit + "/answer/safeguards.lawyer")
                .param("answer", "NO")
                .param("note", "no lawyer for 12 hours"),
            post("/monitoring/visits/" + visit + "/interviews")
                .param("notes", "He says he was beaten in the van"))) {
      int status =
          mvc.perform(call.with(user("monitor").password(LedgerFixtures.PASSWORD)).with(csrf()))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).isIn(200, 302);
    }
    freshCopy();
    copy.asDba(
        List.of("mon_visit", "mon_answer", "mon_interview"),
        db -> {
          for (String sql :
              List.of(
                  "update mon_visit set purpose = 'Routine' where id = ?",
                  "update mon_answer set answer = 'YES' where visit_id = ?",
                  "update mon_interview set notes = 'Nothing to report' where visit_id = ?")) {
            try (var s = db.prepareStatement(sql)) {
              s.setString(1, visit);
              s.executeUpdate();
            }
          }
        });

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + visit + ": mon_visit row changed after it was logged in seq 1")
        .contains("purpose differs")
        .contains("record " + visit + ": mon_answer row logged in seq 2 changed")
        .contains("answer differs")
        .contains("record " + visit + ": mon_interview row ")
        .contains("notes differs")
        .doesNotContain("Nothing to report", "beaten in the van");
  }

  @Test
  void catchesARewrittenCaseFileAct() throws Exception {
    String complaint = lodgedComplaint("beaten in the yard");
    var act =
        mvc.perform(
                post("/api/v1/complaints/" + complaint + "/case-file/acts")
                    .with(httpBasic("monitor", LedgerFixtures.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"actType":"BEATING","occurredOn":"2026-11-20","place":"Yard",
                         "description":"Beaten with batons"}"""))
            .andReturn()
            .getResponse();
    assertThat(act.getStatus()).as(act.getContentAsString()).isEqualTo(201);
    String item = JsonPath.read(act.getContentAsString(), "$.id");
    freshCopy();
    copy.asDba(
        "casefile_act",
        "update casefile_act set description = 'Pushed' where complaint_id = ?",
        complaint);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains(
            "record " + complaint + ": casefile_act row " + item + "/1 changed after it was logged")
        .contains("content differs")
        .doesNotContain("Pushed", "batons");
  }

  @Test
  void catchesADeletedEventRow() throws Exception {
    copy.asDba(
        "custody_event", "delete from custody_event where record_id = ? and seq = 4", record);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output()).contains("record " + record + " seq 4: event row deleted");
  }

  @Test
  void catchesARewrittenTile() throws Exception {
    byte[] hashes =
        copy.query(
            byte[].class,
            "select hashes from ledger_tile where level = 0 and tile_index = 0 and start_at = 0");
    hashes[0] ^= 1;
    copy.asDba(
        "ledger_tile",
        "update ledger_tile set hashes = ? where level = 0 and tile_index = 0 and start_at = 0",
        hashes);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output()).contains("tile/0/000", "was rewritten: hash 0 (leaf 0");
  }

  @Test
  void catchesATreeRolledBackToAnEarlierCheckpoint() throws Exception {
    long earlier = rollBack();

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("the log was rolled back: its checkpoint has " + earlier + " leaves");
  }

  @Test
  void catchesAForkSignedWithTheStolenLogKey() throws Exception {
    long trustedSize = latestCheckpointSize();
    long earlier = rollBack();
    forkFrom(earlier, trustedSize - earlier + 1);

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("the trusted checkpoint (size " + trustedSize + ") does not match")
        .contains("no valid consistency proof from the trusted checkpoint");
  }

  @Test
  void catchesAKeyAndOpeningsDeletedWithoutAnErasureNotice() throws Exception {
    copy.asDba(
        List.of("ledger_record_key", "ledger_opening"),
        db -> {
          for (String table : List.of("ledger_record_key", "ledger_opening")) {
            try (var p = db.prepareStatement("delete from " + table + " where record_id = ?")) {
              p.setString(1, record);
              p.executeUpdate();
            }
          }
        });

    var run = verify();

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.output())
        .contains("record " + record + ": its key was deleted without an erasure notice");
  }

  /** Lodges an anonymous complaint with this narrative, logs it and copies the database again. */
  private String lodgedComplaint(String narrative) throws Exception {
    var lodged =
        mvc.perform(
                post("/api/v1/complaints")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"complainantRole\":\"ANONYMOUS\",\"contactPreference\":\"NONE\","
                            + "\"narrative\":\""
                            + narrative
                            + "\",\"stillHeld\":false}"))
            .andReturn()
            .getResponse();
    assertThat(lodged.getStatus()).isEqualTo(201);
    String reference = JsonPath.read(lodged.getContentAsString(), "$.reference");
    freshCopy();
    return copy.query(String.class, "select id from complaint where reference = ?", reference);
  }

  /** Logs what the application wrote since, copies the database again and checks it is clean. */
  private void freshCopy() throws Exception {
    integrator.integrateNow();
    copy.close();
    copy = DatabaseCopy.of(dataSource, password);
    var clean = verify();
    assertThat(clean.status()).as(clean.toString()).isZero();
  }

  private VerifierRun verify() {
    return VerifierRun.onDatabase(
        ledger.verifierKey(), dir.resolve("trusted"), copy.url(), copy.user(), copy.password());
  }

  private long latestCheckpointSize() throws Exception {
    return copy.query(Long.class, "select max(tree_size) from ledger_checkpoint");
  }

  /**
   * Deletes everything logged after the last checkpoint but one, custody events included, as a
   * database administrator hiding recent events would; returns that earlier checkpoint's size.
   */
  private long rollBack() throws Exception {
    long earlier =
        copy.query(
            Long.class,
            "select max(tree_size) from ledger_checkpoint where tree_size < ?",
            latestCheckpointSize());
    List<String> tables =
        List.of(
            "custody_event",
            "ledger_opening",
            "ledger_commitment",
            "ledger_leaf",
            "ledger_tile",
            "ledger_tree",
            "ledger_checkpoint");
    copy.asDba(
        tables,
        db -> {
          try (var s = db.createStatement()) {
            String later =
                " where exists (select 1 from ledger_leaf l where l.leaf_index >= "
                    + earlier
                    + " and l.record_id = t.record_id and l.seq = t.seq)";
            for (String table : List.of("custody_event", "ledger_opening", "ledger_commitment")) {
              s.executeUpdate("delete from " + table + " t" + later);
            }
            s.executeUpdate("delete from ledger_leaf where leaf_index >= " + earlier);
            s.executeUpdate("delete from ledger_tree where tree_size > " + earlier);
            s.executeUpdate("delete from ledger_checkpoint where tree_size > " + earlier);
            for (int level = 0; level < 8; level++) {
              long hashes = earlier >>> (8 * level);
              s.executeUpdate(
                  "delete from ledger_tile where level = "
                      + level
                      + " and (tile_index > "
                      + (hashes >>> 8)
                      + " or (tile_index = "
                      + (hashes >>> 8)
                      + " and start_at >= "
                      + (hashes & 255)
                      + "))");
            }
          }
        });
    return earlier;
  }

  /** Appends {@code count} made-up leaves to the tree of {@code size} and signs it with the key. */
  private void forkFrom(long size, long count) throws Exception {
    var signer = Ed25519NoteSigner.fromPrivateKeyText(Files.readString(keyFile).strip());
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaves.add(new EventCommitment(1, MerkleHash.leafHash(new byte[] {(byte) i})).encode());
    }
    var db = java.sql.DriverManager.getConnection(copy.url(), copy.user(), copy.password());
    var reader = new DbLogSource(db, copy.url());
    var update =
        TileUpdate.append(
            size,
            tile -> reader.tile(tile).orElseThrow(),
            leaves.stream().map(MerkleHash::leafHash).toList());
    try (var s = db.createStatement()) {
      for (int i = 0; i < leaves.size(); i++) {
        try (var p =
            db.prepareStatement("insert into ledger_leaf (leaf_index, leaf) values (?, ?)")) {
          p.setLong(1, size + i);
          p.setBytes(2, leaves.get(i));
          p.executeUpdate();
        }
      }
      for (TileData data : update.tiles()) {
        Tile tile = data.tile();
        long hashes = size >>> (8 * tile.level());
        int had =
            tile.index() < hashes >>> 8
                ? 256
                : tile.index() == hashes >>> 8 ? (int) (hashes & 255) : 0;
        try (var p =
            db.prepareStatement(
                "insert into ledger_tile (level, tile_index, start_at, hashes) values (?, ?, ?, ?)")) {
          p.setInt(1, tile.level());
          p.setLong(2, tile.index());
          p.setInt(3, had);
          p.setBytes(
              4, java.util.Arrays.copyOfRange(data.hashes(), had * 32, data.hashes().length));
          p.executeUpdate();
        }
      }
      var checkpoint = Checkpoint.of(signer.keyName(), update.treeSize(), update.rootHash());
      try (var p =
          db.prepareStatement(
              "insert into ledger_checkpoint (tree_size, root_hash, note, signed_at)"
                  + " values (?, ?, ?, current_timestamp)")) {
        p.setLong(1, update.treeSize());
        p.setBytes(2, update.rootHash());
        p.setString(3, SignedNote.sign(checkpoint.body(), signer).encoded());
        p.executeUpdate();
      }
    } finally {
      db.close();
    }
  }
}
